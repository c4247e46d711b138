import Foundation
import OrgModel
import OrgRecords
import OrgStore
import Testing

/// The built `orgtui` in tmux with saved profiles: switching organizations with `:`, and the token save
/// offer when started against the API with no token. Each run has its own XDG_CONFIG_HOME; every wait
/// polls with a deadline.
@Suite("Profiles end to end in tmux", .serialized)
struct ProfilesEndToEndTests {
    /// The shell command that starts the built orgtui with `arguments` and the fixture's private config and
    /// state directories, no token or profile from the environment, then says how it ended.
    static func command(_ fixture: MemberStoreFixture, _ arguments: String) -> String {
        "env XDG_STATE_HOME=\(fixture.directory)/state XDG_CONFIG_HOME=\(fixture.directory)/config "
            + "ORGTUI_TOKEN= ORGTUI_API_URL= ORGTUI_PROFILE= \(MemberStoreFixture.binary) \(arguments); "
            + "echo \"EXIT=$?\"; exit 0"
    }

    /// Waits for the prompt for a token, types `token`, then `answer` to the offer to save it.
    static func giveToken(_ token: String, save answer: String, in tmux: Tmux) throws {
        try tmux.waitFor("API token")
        try tmux.type(token)
        try tmux.keys("Enter")
        try tmux.waitFor("Save this token in")
        try tmux.type(answer)
        try tmux.keys("Enter")
    }

    @Test("Two store profiles: the header names the active one, : lists both, Enter switches organizations")
    func switchingBetweenTwoStores() throws {
        let fixture = try MemberStoreFixture(members: 3)
        defer { fixture.remove() }
        let globex = fixture.directory + "/globex.sqlite"
        _ = try SQLiteStore.create(
            at: globex, organization: OrganizationSeed(name: "Globex Corporation", shortName: "globex"),
            admin: MemberSeed(
                id: "auth0|globex0000000000000001", name: "Gus Globex", email: "gus@globex.test", roles: [.admin],
                connection: .usernamePassword))
        let config = fixture.directory + "/config/orgtui"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "profile acme store \(fixture.path)\nprofile globex store \(globex)\n".write(
            toFile: config + "/profiles", atomically: true, encoding: .utf8)

        let tmux = try Tmux(width: 100, height: 30, command: Self.command(fixture, ""))
        defer { tmux.stop() }
        try tmux.waitFor("the default profile's organization") {
            $0.contains("[acme] Acme Robotics · Ada Admin (admin)") && $0.contains("Member 003")
        }
        try tmux.type(":")
        try tmux.waitFor("the profile list") {
            $0.contains("Profiles (* active)") && $0.contains(">* acme") && $0.contains("globex")
                && $0.contains("store \(globex)")
        }
        try tmux.keys("j", "Enter")
        try tmux.waitFor("the other organization") {
            $0.contains("[globex] Globex Corporation · Gus Globex (admin)") && $0.contains("Gus Globex")
                && !$0.contains("Member 00") && $0.contains("1-1 of 1")
        }
        try tmux.type(":")
        try tmux.waitFor("globex active in the list") { $0.contains(">* globex") }
        try tmux.keys("k", "Enter")
        try tmux.waitFor("back on acme") { $0.contains("[acme] Acme Robotics") && $0.contains("Member 003") }
        try tmux.keys("q")
        try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
    }

    @Test("Switching to an API profile with no token asks for one on the plain terminal, then shows its organization")
    func switchingToAnAPIProfileAsksForItsToken() async throws {
        let fixture = try MemberStoreFixture(members: 2)
        defer { fixture.remove() }
        let token = try await fixture.adminToken()
        let secret = String(token.split(separator: "_").last!)
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let other = fixture.directory + "/other.sqlite"
        _ = try SQLiteStore.create(
            at: other, organization: OrganizationSeed(name: "Initech", shortName: "initech"),
            admin: MemberSeed(
                id: "auth0|initech00000000000001", name: "Ines Initech", email: "ines@initech.test", roles: [.admin],
                connection: .usernamePassword))
        let config = fixture.directory + "/config/orgtui"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "profile initech store \(other)\nprofile acme api \(url)\n".write(
            toFile: config + "/profiles", atomically: true, encoding: .utf8)

        let tmux = try Tmux(width: 100, height: 30, command: Self.command(fixture, ""))
        defer { tmux.stop() }
        try tmux.waitFor("[initech] Initech · Ines Initech (admin)")
        try tmux.type(":")
        try tmux.waitFor("the API profile without a token") { $0.contains("acme") && $0.contains("no token") }
        try tmux.keys("j", "Enter")
        try Self.giveToken(token, save: "n", in: tmux)
        try tmux.waitFor("the API's organization") {
            $0.contains("[acme] Acme Robotics · Ada Admin (admin) · API \(url)") && $0.contains("Member 002")
                && !$0.contains("Ines Initech")
        }
        #expect(!FileManager.default.fileExists(atPath: config + "/credentials"))
        try tmux.keys("q")
        let ended = try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
        #expect(!ended.contains(secret))
    }

    @Test("Started with --api and no token: it asks, offers to save, and the 0600 file holds what was typed")
    func tokenSaveOffer() async throws {
        let fixture = try MemberStoreFixture(members: 2)
        defer { fixture.remove() }
        let token = try await fixture.adminToken()
        let secret = String(token.split(separator: "_").last!)
        let (server, url) = try await fixture.serve()
        defer { server.stop() }

        let tmux = try Tmux(width: 100, height: 30, command: Self.command(fixture, "--api \(url)"))
        defer { tmux.stop() }
        try Self.giveToken(token, save: "y", in: tmux)
        try tmux.waitFor("the users table") { $0.contains("Member 002") && $0.contains("Ada Admin (admin)") }
        let path = fixture.directory + "/config/orgtui/credentials"
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(token))
        try tmux.keys("q")
        let ended = try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
        #expect(ended.contains("Saved as profile 127.0.0.1."))
        #expect(!ended.contains(secret))
    }

    @Test("Saving a token the UI asked for keeps the profile's map of the platform's paths")
    func tokenSaveOfferKeepsThePlatformsPaths() async throws {
        let fixture = try MemberStoreFixture(members: 2)
        defer { fixture.remove() }
        let token = try await fixture.adminToken()
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let platform = try SignInTests.fakePlatform(
            before: url, leaving: ["remove_member_api_v2_members__member_id__delete"])
        defer { platform.stop() }
        let api = "http://127.0.0.1:\(platform.port)"
        let login = try await SignInTests.orgtui(
            fixture, ["login", "--api", api, "--profile", "fake"], input: token + "\n")
        #expect(login.status == 0, "\(login.errors)")
        #expect(try await SignInTests.orgtui(fixture, ["logout", "--profile", "fake"]).status == 0)
        let map = fixture.directory + "/config/orgtui/paths.fake"
        let saved = try String(contentsOfFile: map, encoding: .utf8)

        let tmux = try Tmux(width: 100, height: 30, command: Self.command(fixture, "--profile fake"))
        defer { tmux.stop() }
        try Self.giveToken(token, save: "y", in: tmux)
        let table = try tmux.waitFor("the users table") { $0.contains("Member 002") && $0.contains("i Invite") }
        #expect(!table.contains("d Delete"))
        #expect(FileManager.default.fileExists(atPath: map), "saving the token removed \(map)")
        #expect((try? String(contentsOfFile: map, encoding: .utf8)) == saved)
        try tmux.keys("q")
        try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
    }
}
