import Foundation
import Hummingbird
import OrgModel

/// Writes listUsers' 200 body with `UserPageJSON`, as one buffer, instead of the generated serializer's
/// JSONEncoder and streamed body, which cost more than everything else a request does. The handler
/// leaves the page in the context's `userPage` slot and gives the serializer the count alone, so the
/// status, headers and Accept check stay the generated code's; this middleware then answers with the
/// whole page, byte for byte what JSONEncoder writes, in a body that Hummingbird sends with its head in
/// one write.
struct UserPageMiddleware: RouterMiddleware {
    func handle(
        _ request: Request,
        context: APIRequestContext,
        next: (Request, APIRequestContext) async throws -> Response
    ) async throws -> Response {
        let slot = Slot()
        var context = context
        context.userPage = slot
        var response = try await next(request, context)
        guard response.status == .ok, let page = slot.page else { return response }
        let json = UserPageJSON.encode(page)
        response.body = ResponseBody(byteBuffer: ByteBuffer(bytes: json))
        response.headers[.contentLength] = String(json.count)
        return response
    }
}
