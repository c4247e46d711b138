import Foundation
import HTTPTypes
import OpenAPIRuntime
import OrgAPI

/// Sends `If-Match` and reads `ETag` as HTTP has them, around the generated client (see `EntityTagHeaders`).
struct EntityTagMiddleware: ClientMiddleware {
    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields = EntityTagHeaders.wire(request.headerFields)
        var (response, responseBody) = try await next(request, body, baseURL)
        response.headerFields = EntityTagHeaders.generated(response.headerFields)
        return (response, responseBody)
    }
}
