import Foundation
import HTTPTypes
import OpenAPIRuntime
import OrgModel

/// Reads the raw JSON of the bodies where `null` means something the generated Optionals cannot tell
/// from an omitted field: an invitation's `"connection": null` is username-password (omitted is
/// google-oauth2, as the request context's `invitationConnectionIsNull` tells the handler), and a
/// profile update's `null` name or email is not a string, so it is refused (422). It reads the body as the
/// generated handlers do, without a limit of its own: `RequestLimitHandler` ends a body over the limit with
/// `RequestBodyTooLarge`, which `ErrorMiddleware` answers 413 for every route alike.
struct JSONNullMiddleware: ServerMiddleware {
    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard operationID == "inviteUser" || operationID == "updateMe", let body else {
            return try await next(request, body, metadata)
        }
        let data = try await Data(collecting: body, upTo: .max)
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        if operationID == "updateMe", let field = ["name", "email"].first(where: { object?[$0] is NSNull }) {
            throw BackendError.invalid("\(field) must be a string; omit it to leave it unchanged.")
        }
        var context = APIRequestContext.current
        context?.invitationConnectionIsNull = object?["connection"] is NSNull
        return try await APIRequestContext.$current.withValue(context) {
            try await next(request, HTTPBody(data), metadata)
        }
    }
}
