import Foundation
import OrgHTTP
import OrgModel
import Testing

/// With a proxy in the environment, a request to a loopback address goes straight to it: the token never
/// passes through the proxy. The proxy here is a FaultServer that records whatever reaches it.
@Suite(.serialized) struct LoopbackProxyTests {
    static let token = "robot@acme.test:mpat_proxycanary0123456789"
    static let userJSON = #"{"id":"u1","name":"Ada","email":"ada@acme.test","roles":["admin"]}"#

    @Test(arguments: ["http_proxy", "ALL_PROXY"])
    func loopbackAnywhereIn127Slash8BypassesTheProxy(variable: String) async throws {
        let proxy = try FaultServer { _, _ in .respond(status: 200, body: #"{"id":"proxy","name":"Proxy","email":"p@evil.test","roles":[]}"#) }
        defer { proxy.stop() }
        let server = try FaultServer(host: "127.0.0.2") { _, _ in .respond(status: 200, body: Self.userJSON) }
        defer { server.stop() }
        setenv(variable, "http://127.0.0.1:\(proxy.port)", 1)
        defer { unsetenv(variable) }
        let http = HTTPBackend(baseURL: URL(string: "http://127.0.0.2:\(server.port)/api")!, credential: Credential(token: Self.token)!)
        let me = try await http.getMe()
        #expect(me.user.id == "u1")
        #expect(proxy.requests.isEmpty)
        #expect(server.requests.count == 1)
    }
}
