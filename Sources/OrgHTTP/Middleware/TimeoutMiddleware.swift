import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Ends an attempt that has not been answered within `seconds`, cancelling the transfer.
struct TimeoutMiddleware: ClientMiddleware {
    var seconds: Double

    /// The attempt was not answered in time.
    struct TimedOut: Error {
        var seconds: Double
    }

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let seconds = seconds
        return try await withoutActuallyEscaping(next) { next in
            try await withThrowingTaskGroup(of: (HTTPResponse, HTTPBody?).self) { group in
                group.addTask { try await next(request, body, baseURL) }
                group.addTask {
                    try await Task.sleep(for: .seconds(seconds))
                    throw TimedOut(seconds: seconds)
                }
                defer { group.cancelAll() }
                guard let first = try await group.next() else { throw CancellationError() }
                return first
            }
        }
    }
}
