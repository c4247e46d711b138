import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

/// Logs each attempt at `.debug`: method, path, headers with secrets as `<redacted>`, status and time.
struct LoggingMiddleware: ClientMiddleware {
    var logger: Logger

    /// Headers whose values are never logged.
    static let secretHeaders: Set<HTTPField.Name> = [.authorization, .proxyAuthorization, .cookie, .setCookie]

    /// The headers as one line, secrets replaced by `<redacted>`.
    static func redacted(_ fields: HTTPFields) -> String {
        fields.map { field in
            "\(field.name): \(secretHeaders.contains(field.name) ? "<redacted>" : field.value)"
        }.joined(separator: ", ")
    }

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let line = "\(request.method) \(request.path ?? "")"
        logger.debug("request \(line) [\(Self.redacted(request.headerFields))]")
        let start = ContinuousClock.now
        do {
            let (response, responseBody) = try await next(request, body, baseURL)
            logger.debug("answer \(response.status.code) to \(line) in \(Self.milliseconds(since: start)) ms")
            return (response, responseBody)
        } catch {
            logger.debug("failed \(line) after \(Self.milliseconds(since: start)) ms: \(type(of: error))")
            throw error
        }
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}
