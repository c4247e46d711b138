import ChildProcesses
import Foundation
import OrgCLI
import TestHTTPServers
import Testing

/// `orgtui login`, `status` and `logout`, run as a person would, against `orgtui serve` on a fixture store
/// and against servers that are not the API; each run with its own XDG_CONFIG_HOME.
@Suite struct SignInTests {
    /// Runs the built orgtui with the fixture's private config, data and state directories, `input` on its
    /// standard input (not a terminal).
    static func orgtui(
        _ fixture: MemberStoreFixture, _ arguments: [String], input: String = "", environment: [String] = []
    ) async throws -> ChildProcess.Ended {
        let directories = [
            "XDG_CONFIG_HOME=\(fixture.directory)/config", "XDG_DATA_HOME=\(fixture.directory)/data",
            "XDG_STATE_HOME=\(fixture.directory)/state", "ORGTUI_TOKEN=", "ORGTUI_API_URL=", "ORGTUI_PROFILE=",
            "INPUT=\(input)",
        ]
        let command = "printf %s \"$INPUT\" | exec \"$0\" \"$@\""
        return try await ChildProcess.run(
            ["/usr/bin/env"] + directories + environment + ["sh", "-c", command, MemberStoreFixture.binary] + arguments)
    }

    static func credentialsPath(_ fixture: MemberStoreFixture) -> String {
        fixture.directory + "/config/orgtui/credentials"
    }

    @Test func loginSavesAPrivateFileStatusSaysItWorksAndLogoutRemovesIt() async throws {
        let fixture = try MemberStoreFixture(members: 2)
        defer { fixture.remove() }
        let token = try await fixture.adminToken()
        let secret = String(token.split(separator: "_").last!)
        let (server, url) = try await fixture.serve()
        defer { server.stop() }

        let login = try await Self.orgtui(fixture, ["login", "--api", url], input: token + "\n")
        #expect(login.status == 0, "\(login.errors)")
        #expect(login.output.contains("as Ada Admin <ada@acme.test>, roles admin, in Acme Robotics (acme)"))
        #expect(login.output.contains("as profile 127.0.0.1"))
        let path = Self.credentialsPath(fixture)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(token))

        let status = try await Self.orgtui(fixture, ["status"])
        #expect(status.status == 0, "\(status.errors)")
        #expect(status.output.contains("* 127.0.0.1 (default) (active)"))
        #expect(status.output.contains("backend: API \(url)"))
        #expect(status.output.contains("token:   saved in \(path)"))
        #expect(status.output.contains("works:   yes, signed in as Ada Admin <ada@acme.test>, roles admin"))
        let me = try await Self.orgtui(fixture, ["me", "-o", "ndjson"])
        #expect(me.status == 0, "\(me.errors)")
        #expect(me.output.contains("ada@acme.test"))

        var outputs = [login, status, me].flatMap { [$0.output, $0.errors] }
        Self.expectOnlyTheCredentialsFileHolds(secret, fixture)
        let logout = try await Self.orgtui(fixture, ["logout"])
        #expect(logout.status == 0)
        #expect(logout.output.contains("Removed the saved token of profile 127.0.0.1"))
        let after = try await Self.orgtui(fixture, ["status"])
        #expect(after.status == OrgCLI.ExitStatus.notAllowed.rawValue)
        #expect(after.output.contains("token:   none"))
        #expect(after.output.contains("works:   no: no token"))
        let again = try await Self.orgtui(fixture, ["logout"])
        #expect(again.output.contains("No token was saved for profile 127.0.0.1"))
        outputs += [logout, after, again].flatMap { [$0.output, $0.errors] }

        #expect(outputs.allSatisfy { !$0.contains(secret) })
        Self.expectOnlyTheCredentialsFileHolds(secret, fixture)
        #expect(try !String(contentsOfFile: path, encoding: .utf8).contains(secret))
    }

    /// `status --store PATH` reports on that store, not on the default one.
    @Test func statusWithAStoreReportsOnThatStore() async throws {
        let fixture = try MemberStoreFixture(members: 2)
        defer { fixture.remove() }
        let status = try await Self.orgtui(fixture, ["status", "--store", fixture.path])
        #expect(status.status == 0, "\(status.errors)")
        #expect(status.output.contains("* --store (active)"))
        #expect(status.output.contains("backend: store \(fixture.path)"))
        #expect(status.output.contains("works:   yes, signed in as Ada Admin <ada@acme.test>, roles admin"))
    }

    /// The canary: `secret` is in no file of the fixture's directories but the credentials file (the store
    /// keeps only the token's hash).
    static func expectOnlyTheCredentialsFileHolds(_ secret: String, _ fixture: MemberStoreFixture) {
        let files = FileManager.default.enumerator(atPath: fixture.directory)?.compactMap { $0 as? String } ?? []
        for file in files where file != "config/orgtui/credentials" {
            let data = FileManager.default.contents(atPath: fixture.directory + "/" + file) ?? Data()
            #expect(data.range(of: Data(secret.utf8)) == nil, "the token is in \(file)")
        }
    }

    @Test func aWrongTokenOrAFailedTLSHandshakeSavesNothing() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let token = try await fixture.adminToken()
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let wrong = String(token.dropLast()) + (token.last == "a" ? "b" : "a")
        let login = try await Self.orgtui(fixture, ["login", "--api", url], input: wrong)
        #expect(login.status == OrgCLI.ExitStatus.notAllowed.rawValue)
        #expect(
            login.errors == "Error: The token was refused (401): it is wrong, expired or revoked. Nothing was saved.\n")
        let https = url.replacingOccurrences(of: "http:", with: "https:")
        let tls = try await Self.orgtui(fixture, ["login", "--api", https], input: token)
        #expect(tls.status == OrgCLI.ExitStatus.unavailable.rawValue)
        #expect(
            tls.errors.contains(
                ": the TLS handshake failed: is it an https server on that port, or should the URL start with http://? ("
            ))
        #expect(!FileManager.default.fileExists(atPath: Self.credentialsPath(fixture)))
    }

    @Test func aURLThatIsNotTheAPIAndAClosedPortEachGetTheirSentence() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let html = try FaultServer { _, _ in
            .respond(status: 200, headers: ["Content-Type": "text/html"], body: "<html>Welcome</html>")
        }
        defer { html.stop() }
        let missing = try FaultServer { _, _ in
            .respond(status: 404, headers: ["Content-Type": "text/html"], body: "<html>Not Found</html>")
        }
        defer { missing.stop() }
        let closed = try FaultServer { _, _ in .reset }
        closed.stop()
        let token = "ada@acme.test:mpat_canary"
        let cases: [(url: String, status: OrgCLI.ExitStatus, sentence: String)] = [
            ("http://127.0.0.1:\(html.port)", .failure, "answered, but not as the org-user-management API does"),
            ("http://127.0.0.1:\(missing.port)", .notFound, "is not the org-user-management API (it has no /users/me)"),
            (
                "http://127.0.0.1:\(closed.port)", .unavailable,
                "Cannot reach http://127.0.0.1:\(closed.port): cannot connect"
            ),
        ]
        for (url, status, sentence) in cases {
            let login = try await Self.orgtui(fixture, ["login", "--api", url], input: token)
            #expect(login.status == status.rawValue, "\(login.errors)")
            #expect(login.errors.contains(sentence), "\(login.errors)")
            #expect(login.errors.hasSuffix("Nothing was saved.\n"))
            #expect(!login.errors.contains("canary"))
        }
        #expect(!FileManager.default.fileExists(atPath: Self.credentialsPath(fixture)))
    }
}
