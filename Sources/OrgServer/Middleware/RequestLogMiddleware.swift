import Hummingbird
import Logging

/// Logs one line per request, "GET /users/me 200 1.2 ms", with its facts as metadata (`RequestLine`): `request_id`
/// (which `RequestIDMiddleware`, the next middleware, puts on every answer and in the facts), `method`, `path`
/// (without the query), `operation`, `status`, `duration_ms` and the acting member's `member_id`. Headers, queries
/// and bodies, where credentials and personal data travel, are never logged.
struct RequestLogMiddleware: RouterMiddleware {
    /// The server's logger: the request's own (`context.logger`) is this one with Hummingbird's request id as
    /// metadata, which this line carries as `request_id` instead, so writing here spares a copy of it.
    let logger: Logger
    /// The logger's handler when it is a `JSONLogHandler` without metadata of its own, which writes the line
    /// straight from the request's facts, the same line that the metadata would give.
    private let json: JSONLogHandler?

    init(logger: Logger) {
        self.logger = logger
        json = (logger.handler as? JSONLogHandler).flatMap { $0.metadata.isEmpty ? $0 : nil }
    }

    func handle(
        _ request: Request,
        context: APIRequestContext,
        next: (Request, APIRequestContext) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        guard logger.logLevel <= .info else { return response }
        let elapsed = (ContinuousClock.now - start).components
        let line = RequestLine(
            method: request.method.rawValue, path: request.uri.path, operation: context.facts.operation,
            status: Int(response.status.code),
            milliseconds: Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15,
            requestID: context.facts.requestID, memberID: context.facts.memberID)
        if let json { json.log(line) } else { logger.info("\(line.message)", metadata: line.metadata) }
        return response
    }
}
