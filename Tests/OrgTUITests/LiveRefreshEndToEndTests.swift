import Foundation
import Testing

/// Two `orgtui` terminal UIs in tmux on one organization: what one changes shows in the other without a
/// key pressed there, on a local store (the change counter, checked each idle second) and through
/// `orgtui serve` (a reload every `refresh` seconds, 1 in the config for the test).
@Suite("Live refresh in tmux", .serialized)
struct LiveRefreshEndToEndTests {
    /// The screen's line about member `n`, or "" when none shows.
    static func row(_ screen: String, _ n: Int) -> String {
        screen.split(separator: "\n").first { $0.contains(MemberStoreFixture.name(n)) }.map(String.init) ?? ""
    }

    /// In `tmux`, gives Member 002 (the third row) the admin role with the role editor.
    static func makeMemberTwoAdmin(in tmux: Tmux) throws {
        try tmux.keys("j", "j", "e")
        try tmux.waitFor("[ ] 1 admin")
        try tmux.keys("1")
        try tmux.waitFor("Change: +admin")
        try tmux.keys("Enter")
        try tmux.waitFor("Member 002 now admin") { row($0, 2).contains("admin,developer") }
    }

    @Test("On one store, a role change and a delete in one TUI show in the other; a details screen keeps its user")
    func twoTUIsOnOneStore() async throws {
        let store = try MemberStoreFixture(members: 30)
        defer { store.remove() }
        let one = try Tmux(width: 100, height: 30, command: store.command())
        defer { one.stop() }
        let other = try Tmux(width: 100, height: 30, command: store.command())
        defer { other.stop() }
        try one.waitFor("1-25 of 31")
        try other.waitFor("Member 002 a developer") {
            Self.row($0, 2).contains("developer") && !Self.row($0, 2).contains("admin")
        }

        try Self.makeMemberTwoAdmin(in: one)
        try other.waitFor("Member 002 shown as admin") { Self.row($0, 2).contains("admin,developer") }

        try one.keys("j", "d")
        try one.waitFor("Delete Member 003")
        try one.keys("y")
        try one.waitFor("Deleted Member 003")
        try other.waitFor("Member 003 gone") { $0.contains("1-25 of 30") && Self.row($0, 3).isEmpty }

        // A details screen keeps what it shows and says the user changed; r shows the change.
        try other.keys("j", "Enter")
        try other.waitFor("Roles    developer")
        let changed = try await store.orgtui(["users", "roles", MemberStoreFixture.id(1), "--set", "analyst"])
        #expect(changed.status == 0, "\(changed.errors)")
        let screen = try other.waitFor("Changed by someone else")
        #expect(screen.contains("Roles    developer"))
        try other.keys("r")
        try other.waitFor("Roles    analyst")
    }

    @Test("Through orgtui serve, with refresh 1 in the config, a role change in one TUI shows in the other")
    func twoTUIsThroughTheServer() async throws {
        let store = try MemberStoreFixture(members: 5)
        defer { store.remove() }
        try FileManager.default.createDirectory(
            atPath: store.directory + "/config/orgtui", withIntermediateDirectories: true)
        try "refresh 1\n".write(toFile: store.directory + "/config/orgtui/config", atomically: true, encoding: .utf8)
        let token = try await store.adminToken()
        let (server, url) = try await store.serve()
        defer { server.stop() }
        let one = try Tmux(width: 100, height: 30, command: store.command(api: url, token: token))
        defer { one.stop() }
        let other = try Tmux(width: 100, height: 30, command: store.command(api: url, token: token))
        defer { other.stop() }
        try one.waitFor("1-6 of 6")
        try other.waitFor("Member 002 a developer") {
            Self.row($0, 2).contains("developer") && !Self.row($0, 2).contains("admin")
        }

        try Self.makeMemberTwoAdmin(in: one)
        try other.waitFor("Member 002 shown as admin") { Self.row($0, 2).contains("admin,developer") }
    }
}
