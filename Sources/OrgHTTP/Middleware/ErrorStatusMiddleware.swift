import Foundation
import HTTPTypes
import OpenAPIRuntime
import OrgModel

/// Turns every answer with a status of 300 or more into an `HTTPStatusError` carrying the server's
/// `detail`, so that error bodies of any shape (or none) are read in one place and never crash decoding.
/// A change (POST, PATCH) that was sent but got no answer fails as `BackendError.failed`: it may have been
/// applied.
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
        let (response, responseBody): (HTTPResponse, HTTPBody?)
        do {
            (response, responseBody) = try await next(request, body, baseURL)
        } catch {
            guard !RetryPolicy.isIdempotent(request.method), Self.mayHaveArrived(error),
                case .network(let detail) = BackendError(httpFailure: error)
            else { throw error }
            throw BackendError.failed("\(detail), after the request was sent", mayHaveApplied: true)
        }
        guard response.status.code >= 300 else { return (response, responseBody) }
        var data = Data()
        if let responseBody {
            for try await chunk in responseBody {
                data.append(contentsOf: chunk.prefix(Self.maxBodyBytes - data.count))
                if data.count >= Self.maxBodyBytes { break }
            }
        }
        throw HTTPStatusError(
            method: request.method,
            status: response.status.code,
            detail: ErrorBody.detail(from: data),
            retryAfter: RetryAfter.seconds(response.headerFields[.retryAfter]),
            location: response.headerFields[.location].map(ErrorBody.clean),
            currentRoles: response.status.code == 412 ? ErrorBody.roles(from: data) : nil
        )
    }

    /// Whether the request may have reached the server before the exchange failed: it timed out, or the
    /// connection broke after it was made.
    static func mayHaveArrived(_ error: any Error) -> Bool {
        switch (error as? ClientError)?.underlyingError ?? error {
        case is TimeoutMiddleware.TimedOut: true
        case let failure as CurlFailure: [.timeout, .reset, .tooLarge, .other].contains(failure.kind)
        default: false
        }
    }
}
