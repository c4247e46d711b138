import ChildProcesses
import Foundation
import Testing
import TestHTTPServers

/// With a proxy in the environment, a request to a loopback address goes straight to it: the token never
/// passes through the proxy. The proxy here is a FaultServer that records whatever reaches it; the request
/// is made by the HTTPProbe child process, so that the proxy variables never reach the other tests.
@Suite struct LoopbackProxyTests {
    static let token = "robot@acme.test:mpat_proxycanary0123456789"
    static let userJSON = #"{"id":"u1","name":"Ada","email":"ada@acme.test","roles":["admin"]}"#

    @Test(arguments: ["http_proxy", "ALL_PROXY"])
    func loopbackAnywhereIn127Slash8BypassesTheProxy(variable: String) async throws {
        let proxy = try FaultServer { _, _ in
            .respond(status: 200, body: #"{"id":"proxy","name":"P","email":"p@evil.test","roles":[]}"#)
        }
        defer { proxy.stop() }
        let server = try FaultServer(host: "127.0.0.2") { _, _ in .respond(status: 200, body: Self.userJSON) }
        defer { server.stop() }
        let output = try await Self.probe(
            "http://127.0.0.2:\(server.port)/api",
            environment: [variable: "http://127.0.0.1:\(proxy.port)", "ORGTUI_TOKEN": Self.token])
        #expect(output == "u1\n")
        #expect(proxy.requests.isEmpty)
        #expect(server.requests.count == 1)
    }

    /// Runs HTTPProbe (built beside the test bundle) against `url` and returns what it printed.
    static func probe(_ url: String, environment: [String: String]) async throws -> String {
        let directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let probe = directory.appendingPathComponent("HTTPProbe").path
        return try await ChildProcess.run([probe, url], environment: .replacing(environment)).output
    }
}
