import HTTPTypes
import OpenAPIRuntime

/// Records the operationId of the generated route a request reached in its `RequestFacts`, for the log
/// line and the metrics.
struct OperationNameMiddleware: ServerMiddleware {
    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        APIRequestContext.current?.facts.operation = operationID
        return try await next(request, body, metadata)
    }
}
