import Hummingbird

/// The endpoints for the people who run the server, outside the API's operations and without a token:
/// `GET /healthz` (200 while the process serves) and `GET /readyz` (200 when the store answers, else 503
/// with `{"detail": ...}`) and, unless metrics are off, `GET /metrics` (Prometheus' text format).
struct OperationRoutes {
    let readiness: Readiness
    let metrics: ServerMetrics?

    func register(on router: Router<APIRequestContext>) {
        router.get("healthz") { _, context in
            context.facts.operation = "healthz"
            return ErrorResponse.make(.ok, detail: "Serving.")
        }
        router.get("readyz") { [readiness] _, context in
            context.facts.operation = "readyz"
            guard let problem = await readiness.problem() else { return ErrorResponse.make(.ok, detail: "Ready.") }
            return ErrorResponse.make(.serviceUnavailable, detail: "Not ready: \(problem)")
        }
        guard let metrics else { return }
        router.get("metrics") { _, context in
            context.facts.operation = "metrics"
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: metrics.text)))
        }
    }
}
