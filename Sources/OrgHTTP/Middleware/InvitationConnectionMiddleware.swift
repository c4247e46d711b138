import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Writes `"connection": null` into an invitation whose generated body left the field out.
///
/// The generator turns the nullable `Invitation.connection` into an Optional that Codable omits when nil,
/// but the API reads an omitted field as google-oauth2 and an explicit null as username-password. The
/// backend always sets google-oauth2 explicitly, so a missing field here means username-password.
struct InvitationConnectionMiddleware: ClientMiddleware {
    static let operationID = "inviteUser"
    static let maxBodyBytes = 1 << 20

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard operationID == Self.operationID, let body else { return try await next(request, body, baseURL) }
        let data = try await Data(collecting: body, upTo: Self.maxBodyBytes)
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return try await next(request, HTTPBody(data), baseURL)
        }
        guard object["connection"] == nil else { return try await next(request, HTTPBody(data), baseURL) }
        object["connection"] = NSNull()
        let rewritten = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        var request = request
        request.headerFields[.contentLength] = String(rewritten.count)
        return try await next(request, HTTPBody(rewritten), baseURL)
    }
}
