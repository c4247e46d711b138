import Foundation
import HTTPTypes
import OpenAPIRuntime
import OrgHTTP
import OrgModel
import TestHTTPServers
import Testing

/// The requests HTTPBackend sends through an `OperationMap`.
@Suite struct OperationMapMiddlewareTests {
    @Test func requestsGoToThePlatformsMethodAndPathWithOurValues() async throws {
        let map = try #require(OperationMap(documentData: FakePlatform.document()))
        let transport = RecordingTransport()
        let backend = HTTPBackend(
            baseURL: URL(string: "http://127.0.0.1:9/base")!, credential: Credential(token: "a@b.c:mpat_x")!,
            configuration: HTTPConfiguration(operations: map), transport: transport)
        _ = try? await backend.setRoles(id: "u 1/é", roles: [.admin], basedOn: nil)
        _ = try? await backend.listUsers(UserQuery(pageNumber: 2, pageSize: 5, nameSearch: "Dan"))
        let sent = transport.requests
        #expect(sent.count == 2)
        #expect(sent.first?.method == .post)
        #expect(sent.first?.path == "/api/v2/members/u%201%2F%C3%A9/access/permission-set")
        #expect(sent.last?.path == "/api/v2/members?page=2&size=5&q=Dan")
    }

    @Test func anUnmappedOperationIsRefusedWithoutARequest() async throws {
        let map = try #require(
            OperationMap(
                documentData: FakePlatform.document(leaving: ["remove_member_api_v2_members__member_id__delete"])))
        let transport = RecordingTransport()
        let backend = HTTPBackend(
            baseURL: URL(string: "http://127.0.0.1:9")!, credential: Credential(token: "a@b.c:mpat_x")!,
            configuration: HTTPConfiguration(operations: map), transport: transport)
        await #expect(throws: BackendError.unsupported(map.refusal("deleteUser"))) {
            try await backend.deleteUser(id: "someone")
        }
        #expect(transport.requests.isEmpty)
    }

    /// Whatever a map holds by the time a request is sent, a read goes as GET and a path cannot carry a line.
    @Test func aReadIsNeverSentWithAnotherMethodNorToAPathThatCouldBreakTheRequest() async throws {
        var map = OperationMap(mapped: [:])
        map.mapped["getUser"] = PlatformOperation(method: "DELETE", path: "/users/{uid}")
        map.mapped["listUsers"] = PlatformOperation(method: "GET", path: "/users\r\nX-Evil: 1")
        let transport = RecordingTransport()
        let backend = HTTPBackend(
            baseURL: URL(string: "http://127.0.0.1:9")!, credential: Credential(token: "a@b.c:mpat_x")!,
            configuration: HTTPConfiguration(operations: map), transport: transport)
        let requests: [@Sendable () async throws -> Void] = [
            { _ = try await backend.getUser(id: "u1") }, { _ = try await backend.listUsers(UserQuery()) },
        ]
        for request in requests {
            let error = await #expect(throws: BackendError.self) { try await request() }
            guard case .unsupported(let sentence) = error else {
                Issue.record("\(String(describing: error))")
                continue
            }
            #expect(sentence.contains("orgtui cannot do this there"), "\(sentence)")
        }
        #expect(transport.requests.isEmpty)
    }
}

/// Records each request and answers each 400.
final class RecordingTransport: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var sent: [HTTPRequest] = []

    var requests: [HTTPRequest] { lock.withLock { sent } }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (
        HTTPResponse, HTTPBody?
    ) {
        lock.withLock { sent.append(request) }
        return (HTTPResponse(status: .badRequest), nil)
    }
}
