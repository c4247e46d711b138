import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Reads the raw inviteUser body to tell `"connection": null` (username-password) from an omitted field
/// (google-oauth2), which the generated Optional cannot, and hands the answer to the handler.
struct InvitationBodyMiddleware: ServerMiddleware {
    static let maxBodyBytes = 1 << 20

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard operationID == "inviteUser", let body else { return try await next(request, body, metadata) }
        let data = try await Data(collecting: body, upTo: Self.maxBodyBytes)
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        let isNull = object?["connection"] is NSNull
        return try await RequestBackend.$invitationConnectionIsNull.withValue(isNull) {
            try await next(request, HTTPBody(data), metadata)
        }
    }
}
