import ChildProcesses
import Foundation
import OrgHTTP
import OrgModel
import Testing
import TestHTTPServers
#if canImport(Glibc)
import Glibc
#endif

/// An HTTPS server with a self-signed certificate (`openssl s_server`) is refused, and the token is
/// never sent in the clear.
@Suite struct SelfSignedTLSTests {
    @Test func selfSignedCertificateIsRefused() async throws {
        let directory = NSTemporaryDirectory() + "orgtui-tls-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await run([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
            "-keyout", directory + "/key.pem", "-out", directory + "/cert.pem",
        ])
        let port = try #require(LoopbackPort.free())
        let server = try ChildProcess([
            "/usr/bin/openssl", "s_server", "-accept", "127.0.0.1:\(port)", "-cert", directory + "/cert.pem",
            "-key", directory + "/key.pem", "-www", "-quiet",
        ])
        defer { server.end() }
        try #require(await Self.listening(port: port, within: .seconds(60)))

        let http = HTTPBackend(
            baseURL: URL(string: "https://127.0.0.1:\(port)")!,
            credential: .personalAccessToken("ada@acme.test:mpat_tlscanary")
        )
        do {
            _ = try await http.getMe()
            Issue.record("a self-signed certificate was accepted")
        } catch {
            guard case .network(let detail) = error else {
                Issue.record("expected a network error, got \(error)"); return
            }
            #expect(detail.contains("TLS certificate is not trusted"))
        }
    }

    /// Whether something accepts connections on `port` before the deadline, polling.
    static func listening(port: Int, within limit: Duration) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = UInt16(port).bigEndian
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
            close(fd)
            if connected { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    func run(_ arguments: [String]) async throws {
        try await ChildProcess.output(["/usr/bin/openssl"] + arguments)
    }
}
