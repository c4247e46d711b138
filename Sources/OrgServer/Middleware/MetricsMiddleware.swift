import Hummingbird

/// Counts every request in `ServerMetrics`: in flight while it is answered, then by operation and status,
/// with its latency, and whether the token cache knew its token. It stands outside `ErrorMiddleware`, so it counts the status that the client gets.
struct MetricsMiddleware: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(
        _ request: Request,
        context: APIRequestContext,
        next: (Request, APIRequestContext) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        metrics.started()
        do {
            let response = try await next(request, context)
            if let hit = context.facts.tokenCacheHit { metrics.tokenChecked(hit: hit) }
            metrics.finished(
                operation: context.facts.operation, status: Int(response.status.code),
                duration: ContinuousClock.now - start)
            return response
        } catch {
            metrics.finished(operation: context.facts.operation, status: 500, duration: ContinuousClock.now - start)
            throw error
        }
    }
}
