import ChildProcesses
import Foundation
import OrgModel
import Testing
import TestHTTPServers

@testable import OrgHTTP

/// A server whose certificate a private authority signed (a company's, behind nginx) is trusted once that
/// authority's file is given (`--cacert`, a profile's `cacert`, `CURL_CA_BUNDLE` or `SSL_CERT_FILE`), and
/// refused without it; a file that cannot be read is refused before anything is sent.
@Suite struct CertificateAuthoritiesTests {
    /// A private authority and a certificate it signed for 127.0.0.1, served by `openssl s_server` until
    /// `body` returns; `body` gets the server's URL and the authority's file.
    static func withPrivateAuthority(_ body: (URL, String) async throws -> Void) async throws {
        let directory = NSTemporaryDirectory() + "orgtui-ca-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = { (name: String) in directory + "/" + name }
        try await openssl(
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=Acme Private CA",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign",
            "-keyout", path("ca.key"), "-out", path("ca.pem"))
        try await openssl(
            "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", path("server.key"),
            "-out", path("server.csr"))
        try Data("subjectAltName=IP:127.0.0.1\n".utf8).write(to: URL(fileURLWithPath: path("san.ext")))
        try await openssl(
            "x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
            "-CAcreateserial", "-days", "1", "-extfile", path("san.ext"), "-out", path("server.pem"))
        let port = try #require(LoopbackPort.free())
        let server = try ChildProcess([
            "/usr/bin/openssl", "s_server", "-accept", "127.0.0.1:\(port)", "-cert", path("server.pem"),
            "-key", path("server.key"), "-www", "-quiet",
        ])
        defer { server.end() }
        try #require(await SelfSignedTLSTests.listening(port: port, within: .seconds(60)))
        try await body(URL(string: "https://127.0.0.1:\(port)")!, path("ca.pem"))
    }

    static func openssl(_ arguments: String...) async throws {
        try await ChildProcess.output(["/usr/bin/openssl"] + arguments)
    }

    /// The error `getMe` ends with through a backend trusting `caFile`.
    static func failure(_ url: URL, caFile: String?) async -> BackendError? {
        var configuration = HTTPConfiguration(retry: RetryPolicy(maxAttempts: 1))
        configuration.caFile = caFile
        let http = HTTPBackend(
            baseURL: url, credential: .personalAccessToken("ada@acme.test:mpat_cacanary"), configuration: configuration)
        do {
            _ = try await http.getMe()
            return nil
        } catch {
            return error
        }
    }

    @Test func thePrivateAuthorityIsTrustedOnlyWhenGiven() async throws {
        try await Self.withPrivateAuthority { url, authority in
            let refused = await Self.failure(url, caFile: nil)
            guard case .network(let detail) = refused else {
                Issue.record("expected the certificate refused, got \(String(describing: refused))")
                return
            }
            #expect(detail.contains("TLS certificate is not trusted"))
            #expect(detail.contains("--cacert"))
            // Trusted, the TLS handshake succeeds: s_server's -www answers an HTML page, which is no user.
            let trusted = await Self.failure(url, caFile: authority)
            if case .network(let detail) = trusted { Issue.record("still refused: \(detail)") }
            #expect(trusted != nil)
        }
    }

    @Test func theOptionWinsThenCurlCABundleThenSSLCertFile() {
        let environment = ["SSL_CERT_FILE": "/ssl.pem", "CURL_CA_BUNDLE": "/curl.pem"]
        #expect(CertificateAuthorities.file(option: "/option.pem", environment: environment) == "/option.pem")
        #expect(CertificateAuthorities.file(option: nil, environment: environment) == "/curl.pem")
        #expect(CertificateAuthorities.file(option: nil, environment: ["SSL_CERT_FILE": "/ssl.pem"]) == "/ssl.pem")
        #expect(CertificateAuthorities.file(option: nil, environment: ["SSL_CERT_FILE": ""]) == nil)
    }

    @Test func anUnreadableFileIsRefusedBeforeAnythingIsSent() async throws {
        let refused = await Self.failure(URL(string: "https://127.0.0.1:9")!, caFile: "/nonexistent/ca.pem")
        guard case .invalid(let detail) = refused else {
            Issue.record("expected a refusal, got \(String(describing: refused))")
            return
        }
        #expect(detail.contains("/nonexistent/ca.pem cannot be read (No such file or directory)"))
        #expect(detail.contains("Nothing was sent"))
    }

    @Test func aProfileKeepsItsCACert() throws {
        let directory = NSTemporaryDirectory() + "orgtui-ca-profile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let profiles = [
            Profile(name: "work", target: .api("https://api.acme.test"), cacert: "/etc/acme/ca file.pem"),
            Profile(name: "home", target: .api("https://api.home.test")),
            Profile(name: "local", target: .store("/tmp/org store.sqlite")),
        ]
        try ProfileFile.save(profiles, path: directory + "/profiles")
        #expect(try ProfileFile.load(path: directory + "/profiles") == profiles)
    }
}
