import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Adds the credential's Authorization header to every request.
struct AuthorizationMiddleware: ClientMiddleware {
    var credential: Credential

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[.authorization] = credential.authorizationValue
        return try await next(request, body, baseURL)
    }
}
