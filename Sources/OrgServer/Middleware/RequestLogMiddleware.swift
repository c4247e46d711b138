import Hummingbird
import Logging

/// Logs one line per request: method, path, status and time, with the request's id (`request_id`, which
/// `RequestIDMiddleware`, the next middleware, puts on every answer). Headers and bodies, where credentials and personal data travel, are
/// never logged.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = (ContinuousClock.now - start).components
        let milliseconds = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
        var logger = context.logger
        logger[metadataKey: "hb.request.id"] = nil
        logger[metadataKey: "request_id"] = response.headers[RequestIDMiddleware<Context>.header].map { .string($0) }
        logger.info(
            "\(request.method) \(request.uri.path) \(response.status.code) \(String(format: "%.1f", milliseconds)) ms")
        return response
    }
}
