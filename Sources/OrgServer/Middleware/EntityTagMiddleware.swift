import HTTPTypes
import OpenAPIRuntime
import OrgAPI

/// Reads `If-Match` and writes `ETag` as HTTP has them, around the generated handlers (see `EntityTagHeaders`).
struct EntityTagMiddleware: ServerMiddleware {
    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields = EntityTagHeaders.generated(request.headerFields)
        var (response, responseBody) = try await next(request, body, metadata)
        response.headerFields = EntityTagHeaders.wire(response.headerFields)
        return (response, responseBody)
    }
}
