import Foundation
import OrgModel
import OrgStore
import Testing

/// The story that must not lose a change, with two real `orgtui`s in tmux on one organization: A opens
/// a developer's role editor and adds admin, B adds analyst and saves, A saves. A gets the conflict
/// dialog with the three sets; B's analyst survives apply on top and cancel, and only overwrite drops it.
@Suite("Role conflicts in tmux", .serialized)
struct RoleConflictEndToEndTests {
    static let width = 100, height = 30

    func roles(_ store: MemberStoreFixture, _ n: Int) async throws -> Set<Role> {
        try await SQLiteStore(openingAt: store.path).backend().getUser(id: MemberStoreFixture.id(n)).roles
    }

    @Test("On one store: apply on top, cancel and overwrite")
    func onOneStore() async throws {
        let store = try MemberStoreFixture(members: 4)
        defer { store.remove() }
        let a = try Tmux(width: Self.width, height: Self.height, command: store.command())
        defer { a.stop() }
        let b = try Tmux(width: Self.width, height: Self.height, command: store.command())
        defer { b.stop() }

        try story(a, b, member: 1)
        try a.keys("a")
        try a.waitFor("Roles of Member 001: admin,developer,analyst. Press u to undo.")
        #expect(try await roles(store, 1) == [.admin, .developer, .analyst])

        try story(a, b, member: 2)
        try a.keys("c")
        try a.waitFor("Cancelled: the roles of Member 002 stay as someone else set them: developer,analyst.")
        #expect(try await roles(store, 2) == [.developer, .analyst])

        try story(a, b, member: 3)
        try a.keys("o")
        try a.waitFor("Roles of Member 003: admin,developer. Press u to undo.")
        #expect(try await roles(store, 3) == [.admin, .developer])
    }

    @Test("Through orgtui serve: apply on top")
    func throughServe() async throws {
        let store = try MemberStoreFixture(members: 1)
        defer { store.remove() }
        let token = try await store.adminToken()
        let (server, url) = try await store.serve()
        defer { server.stop() }
        let a = try Tmux(width: Self.width, height: Self.height, command: store.command(api: url, token: token))
        defer { a.stop() }
        let b = try Tmux(width: Self.width, height: Self.height, command: store.command(api: url, token: token))
        defer { b.stop() }

        try story(a, b, member: 1)
        try a.keys("Enter")
        try a.waitFor("Roles of Member 001: admin,developer,analyst. Press u to undo.")
        #expect(try await roles(store, 1) == [.admin, .developer, .analyst])
    }

    /// A opens member `n`'s editor (a developer) and adds admin; B adds analyst and saves; A saves and
    /// sees the conflict dialog.
    func story(_ a: Tmux, _ b: Tmux, member n: Int) throws {
        let name = MemberStoreFixture.name(n)
        for tui in [a, b] {
            try tui.waitFor("\(name)") { $0.contains(name) && !$0.contains("loading…") }
            try tui.keys("g")
            for _ in 0..<n { try tui.keys("j") }
            try tui.keys("e")
            try tui.waitFor("\(name)'s role editor") { $0.contains("\(name) <") && $0.contains("[ ] 1 admin") }
        }
        try a.keys("1")
        try a.waitFor("Change: +admin")
        try b.keys("3")
        try b.waitFor("Change: +analyst")
        try b.keys("Enter")
        try b.waitFor("Roles of \(name): developer,analyst. Press u to undo.")
        try a.keys("Enter")
        try a.waitFor("the conflict dialog with the three sets") { screen in
            let text = screen.replacing(#/ +/#, with: " ")
            return text.contains("Changed meanwhile: \(name)") && text.contains("When you opened it: developer ")
                && text.contains("Now: developer,analyst ") && text.contains("Yours: admin,developer ")
                && text.contains("Your change: +admin ")
                && text.contains("> a Apply mine on top: admin,developer,analyst")
        }
    }
}
