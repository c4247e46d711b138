import Hummingbird
import Logging

/// Logs one line per request, "GET /users/me 200 1.2 ms", with its facts as metadata: `request_id` (which
/// `RequestIDMiddleware`, the next middleware, puts on every answer), `method`, `path` (without the query),
/// `operation`, `status`, `duration_ms` and the acting member's `member_id`. Headers, queries and bodies,
/// where credentials and personal data travel, are never logged.
struct RequestLogMiddleware: RouterMiddleware {
    func handle(
        _ request: Request,
        context: APIRequestContext,
        next: (Request, APIRequestContext) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        guard context.logger.logLevel <= .info else { return response }
        let elapsed = (ContinuousClock.now - start).components
        let milliseconds = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
        let rounded = (milliseconds * 10).rounded() / 10
        var logger = context.logger
        logger[metadataKey: "hb.request.id"] = nil
        var metadata: Logger.Metadata = [
            "method": "\(request.method)", "path": "\(request.uri.path)", "operation": "\(context.facts.operation)",
            "status": .stringConvertible(Int(response.status.code)), "duration_ms": .stringConvertible(rounded),
        ]
        metadata["request_id"] = response.headers[RequestIDMiddleware<APIRequestContext>.header].map { .string($0) }
        metadata["member_id"] = context.facts.memberID.map { .string($0) }
        logger.info(
            "\(request.method) \(request.uri.path) \(response.status.code) \(milliseconds.oneDecimal) ms",
            metadata: metadata)
        return response
    }
}
