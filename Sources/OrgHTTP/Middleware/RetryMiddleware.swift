import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

/// Repeats idempotent requests (GET, PUT, DELETE) that failed to connect or were answered 429, 502, 503
/// or 504, as the `RetryPolicy` says. POST and PATCH pass through exactly once.
struct RetryMiddleware: ClientMiddleware {
    var policy: RetryPolicy
    var logger: Logger

    /// The most of a request body that is kept for repeating it.
    static let maxReplayBytes = 1 << 20

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard RetryPolicy.isIdempotent(request.method), policy.maxAttempts > 1 else {
            return try await next(request, body, baseURL)
        }
        let bytes: [UInt8]? =
            if let body { try await [UInt8](collecting: body, upTo: Self.maxReplayBytes) } else { nil }
        var random = SystemRandomNumberGenerator()
        var attempt = 1
        while true {
            let retryAfter: Double?
            let reason: String
            do {
                let (response, responseBody) = try await next(request, bytes.map { HTTPBody($0) }, baseURL)
                let status = response.status.code
                guard attempt < policy.maxAttempts, RetryPolicy.retryableStatuses.contains(status) else {
                    return (response, responseBody)
                }
                retryAfter = RetryAfter.seconds(response.headerFields[.retryAfter])
                reason = "HTTP \(status)"
            } catch {
                guard attempt < policy.maxAttempts, Self.isConnectionError(error) else { throw error }
                retryAfter = nil
                reason = "connection error"
            }
            let delay = policy.delay(afterAttempt: attempt, retryAfter: retryAfter, using: &random)
            logger.debug(
                "retrying \(request.method) \(request.path ?? "") after \(reason) in \(String(format: "%.2f", delay)) s"
            )
            try await Task.sleep(for: .seconds(delay))
            attempt += 1
        }
    }

    /// Whether the request failed before a complete answer arrived, so that repeating it may help.
    static func isConnectionError(_ error: any Error) -> Bool {
        (((error as? ClientError)?.underlyingError ?? error) as? CurlFailure)?.isRetryable ?? false
    }
}
