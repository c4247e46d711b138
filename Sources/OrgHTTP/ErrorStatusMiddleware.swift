import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Turns every answer with a status of 300 or more into an `HTTPStatusError` carrying the server's
/// `detail`, so that error bodies of any shape (or none) are read in one place and never crash decoding.
struct ErrorStatusMiddleware: ClientMiddleware {
    /// The most of an error body that is read.
    static let maxBodyBytes = 64 * 1024

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        guard response.status.code >= 300 else { return (response, responseBody) }
        var data = Data()
        if let responseBody {
            for try await chunk in responseBody {
                data.append(contentsOf: chunk.prefix(Self.maxBodyBytes - data.count))
                if data.count >= Self.maxBodyBytes { break }
            }
        }
        throw HTTPStatusError(
            status: response.status.code,
            detail: ErrorBody.detail(from: data),
            retryAfter: RetryAfter.seconds(response.headerFields[.retryAfter]),
            location: response.headerFields[.location].map(ErrorBody.clean)
        )
    }
}
