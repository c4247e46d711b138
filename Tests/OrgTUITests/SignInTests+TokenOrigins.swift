import Foundation
import OrgCLI
import OrgHTTP
import TestHTTPServers
import Testing

/// Where the built orgtui sends each token, seen by two loopback servers that record every Authorization
/// header (and refuse it with 401): each token only to the origin it is for.
extension SignInTests {
    /// Two recording servers, and the profiles file naming them `one` (the default) and `two`.
    static func twoServers(_ fixture: MemberStoreFixture) throws -> (one: FaultServer, two: FaultServer) {
        let refuse: @Sendable (Int, FaultServer.Request) -> FaultServer.Reply = { _, _ in
            .respond(
                status: 401, headers: ["Content-Type": "application/json"], body: #"{"detail":"Not authenticated"}"#)
        }
        let one = try FaultServer(script: refuse)
        let two = try FaultServer(script: refuse)
        let config = fixture.directory + "/config/orgtui"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "profile one api http://127.0.0.1:\(one.port)\nprofile two api http://127.0.0.1:\(two.port)\n"
            .write(toFile: config + "/profiles", atomically: true, encoding: .utf8)
        return (one, two)
    }

    static func authorizations(_ server: FaultServer) -> [String] {
        server.requests.compactMap { $0.headers["authorization"] }
    }

    @Test func theEnvironmentsTokenGoesOnlyToTheChosenProfile() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let (one, two) = try Self.twoServers(fixture)
        defer { [one, two].forEach { $0.stop() } }
        let token = "env@acme.test:mpat_environmentcanary"

        let status = try await Self.orgtui(
            fixture, ["status"], environment: ["ORGTUI_TOKEN=\(token)", "ORGTUI_PROFILE=two"])
        #expect(Self.authorizations(two) == [token])
        #expect(Self.authorizations(one).isEmpty)
        #expect(status.output.contains("works:   no: no token for this profile"), "\(status.output)")

        let me = try await Self.orgtui(fixture, ["me"], environment: ["ORGTUI_TOKEN=\(token)"])
        #expect(me.status == OrgCLI.ExitStatus.notAllowed.rawValue, "\(me.errors)")
        #expect(me.errors.contains("ORGTUI_TOKEN is sent only to"), "\(me.errors)")
        #expect(Self.authorizations(one).isEmpty)
        #expect(![status, me].contains { $0.output.contains("canary") || $0.errors.contains("canary") })
    }

    @Test func theOneLineTokenGoesToNoProfilesServer() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let (one, two) = try Self.twoServers(fixture)
        defer { [one, two].forEach { $0.stop() } }
        _ = FileManager.default.createFile(
            atPath: Self.credentialsPath(fixture), contents: Data("old@acme.test:mpat_legacycanary\n".utf8),
            attributes: [.posixPermissions: 0o600])

        let status = try await Self.orgtui(fixture, ["status"])
        let me = try await Self.orgtui(fixture, ["me", "--profile", "two"])
        #expect(Self.authorizations(one).isEmpty && Self.authorizations(two).isEmpty)
        #expect(status.output.contains("token:   none"), "\(status.output)")
        #expect(me.status == OrgCLI.ExitStatus.notAllowed.rawValue)
        #expect(me.errors.contains("is sent only to \(HTTPBackend.defaultBaseURL.absoluteString)"), "\(me.errors)")
    }

    @Test(arguments: ["\r", "\u{0B}", " ", "\u{7F}"])
    func aTokenWithAControlOrASpaceIsRefusedBeforeItIsSent(separator: String) async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let (one, two) = try Self.twoServers(fixture)
        defer { [one, two].forEach { $0.stop() } }
        let url = "http://127.0.0.1:\(one.port)"
        let token = "ada@acme.test:mpat_x\(separator)profile two token canary"

        let login = try await Self.orgtui(fixture, ["login", "--api", url], input: token + "\n")
        #expect(login.status == OrgCLI.ExitStatus.usage.rawValue, "\(login.errors)")
        #expect(login.errors.contains("The token holds a character that no token has"), "\(login.errors)")
        let me = try await Self.orgtui(fixture, ["me", "--api", url], environment: ["ORGTUI_TOKEN=\(token)"])
        #expect(me.errors.contains("ORGTUI_TOKEN holds a character that no token has"), "\(me.errors)")
        #expect(one.requests.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: Self.credentialsPath(fixture)))
        #expect(![login, me].contains { $0.output.contains("canary") || $0.errors.contains("canary") })
    }

    @Test(arguments: ["profiles", "paths.one", "."])
    func aConfigFileOthersMayWriteIsRefusedWithTheChmod(file: String) async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let (one, two) = try Self.twoServers(fixture)
        defer { [one, two].forEach { $0.stop() } }
        let config = fixture.directory + "/config/orgtui"
        try "# orgtui\n".write(toFile: config + "/paths.one", atomically: true, encoding: .utf8)
        let path = file == "." ? config : config + "/" + file
        chmod(path, file == "." ? 0o777 : 0o666)

        let status = try await Self.orgtui(fixture, ["me", "--profile", "one"], environment: ["ORGTUI_TOKEN=a:mpat_b"])
        #expect(status.status != 0)
        #expect(status.errors.contains("Run: chmod go-w \(path)"), "\(status.errors)")
        #expect(one.requests.isEmpty && two.requests.isEmpty)
    }
}
