import Hummingbird
import Logging

/// Logs one line per request, "GET /users/me 200 1.2 ms", with its facts as metadata: `request_id` (which
/// `RequestIDMiddleware`, the next middleware, puts on every answer and in the facts), `method`, `path` (without the query),
/// `operation`, `status`, `duration_ms` and the acting member's `member_id`. Headers, queries and bodies,
/// where credentials and personal data travel, are never logged.
struct RequestLogMiddleware: RouterMiddleware {
    /// The server's logger: the request's own (`context.logger`) is this one with Hummingbird's request id as
    /// metadata, which this line carries as `request_id` instead, so writing here spares a copy of it.
    let logger: Logger

    func handle(
        _ request: Request,
        context: APIRequestContext,
        next: (Request, APIRequestContext) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        guard logger.logLevel <= .info else { return response }
        let elapsed = (ContinuousClock.now - start).components
        let milliseconds = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
        let method = request.method.rawValue
        let path = request.uri.path
        let status = Int(response.status.code)
        var metadata = Logger.Metadata(minimumCapacity: 7)
        metadata["method"] = .string(method)
        metadata["path"] = .string(path)
        metadata["operation"] = .string(context.facts.operation)
        metadata["status"] = .stringConvertible(status)
        metadata["duration_ms"] = .stringConvertible((milliseconds * 10).rounded() / 10)
        metadata["request_id"] = context.facts.requestID.map { .string($0) }
        metadata["member_id"] = context.facts.memberID.map { .string($0) }
        logger.info("\(method) \(path) \(status) \(milliseconds.oneDecimal) ms", metadata: metadata)
        return response
    }
}
