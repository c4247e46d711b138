import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import TestHTTPServers

@testable import OrgServer

/// Our server's routes as `FakePlatform` serves them: its OpenAPI document at `/openapi.json`, each of its
/// routes handed to ours, anything else (our own paths too) 404.
struct FakePlatformResponder<Inner: HTTPResponder<APIRequestContext>>: HTTPResponder {
    var inner: Inner

    func respond(to request: Request, context: APIRequestContext) async throws -> Response {
        if request.method == .get, request.uri.path == "/openapi.json" {
            return Self.json(.ok, Data(FakePlatform.document()))
        }
        guard let ours = FakePlatform.ours(method: request.method.rawValue, path: request.head.path ?? ""),
            let method = HTTPRequest.Method(ours.method)
        else {
            return Self.json(.notFound, Data(#"{"detail":"Not Found"}"#.utf8))
        }
        var head = request.head
        head.method = method
        head.path = ours.path
        return try await inner.respond(to: Request(head: head, body: request.body), context: context)
    }

    private static func json(_ status: HTTPResponse.Status, _ data: Data) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: Array(data))))
    }
}
