import ChildProcesses
import Foundation
import OrgModel
import OrgStore
import Testing

/// The line mode from outside: the built `orgtui` with TERM=dumb in a terminal (tmux's pty), typed at as a
/// person would, and with its input from a file, as a script would. The store is checked through
/// `SQLiteStore`; every wait polls with a deadline.
@Suite("Line mode end to end", .serialized)
struct PlainEndToEndTests {
    func roles(_ store: MemberStoreFixture, _ n: Int) async throws -> Set<Role>? {
        do {
            return try await SQLiteStore(openingAt: store.path).backend().getUser(id: MemberStoreFixture.id(n)).roles
        } catch .notFound {
            return nil
        }
    }

    @Test("TERM=dumb chooses the line mode: search, roles by number, a question answered, quit")
    func session() async throws {
        let store = try MemberStoreFixture(members: 250)
        defer { store.remove() }
        let tmux = try Tmux(width: 100, height: 40, command: "TERM=dumb " + store.command())
        defer { tmux.stop() }

        try tmux.waitFor("TERM=dumb: using the line mode (orgtui --plain).")
        try tmux.waitFor("Users 1-20 of 251:")
        try tmux.waitFor("orgtui>")

        // Searching prints the matches, numbered from 1.
        try tmux.type("search member")
        try tmux.keys("Enter")
        try tmux.waitFor("Users 1-20 of 250 named like \"member\":")
        try tmux.waitFor("  3. Member 003 <member.003@acme.test> developer")

        // Roles by number: row 3 is Member 003; the model's words say what changed, and the row is printed again.
        try tmux.type("roles 3 +admin")
        try tmux.keys("Enter")
        try tmux.waitFor("Roles of Member 003: admin,developer. Type undo to undo.")
        try tmux.waitFor("  3. Member 003 <member.003@acme.test> admin, developer")
        #expect(try await roles(store, 3) == [.admin, .developer])

        // A question: Enter alone is No; y deletes.
        try tmux.type("delete 4")
        try tmux.keys("Enter")
        try tmux.waitFor("Delete Member 004 <member.004@acme.test>? [y/N]")
        try tmux.keys("Enter")
        try tmux.waitFor("Cancelled: nothing was changed.")
        #expect(try await roles(store, 4) == [.developer])
        try tmux.type("delete 4")
        try tmux.keys("Enter")
        try tmux.waitFor("a second question") { $0.components(separatedBy: "Delete Member 004").count == 3 }
        try tmux.type("y")
        try tmux.keys("Enter")
        try tmux.waitFor("Deleted Member 004 <member.004@acme.test>.")
        #expect(try await roles(store, 4) == nil)

        try tmux.type("quit")
        try tmux.keys("Enter")
        let screen = try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
        // Plain lines only: no color, no cursor movement, nothing redrawn.
        let styled = try tmux.run(["capture-pane", "-p", "-e", "-S", "-200", "-t", tmux.target])
        #expect(!styled.contains("\u{1B}"))
        #expect(screen.components(separatedBy: "Users 1-20 of 251:").count == 2)
    }

    @Test("Lines from a file: each is echoed after the prompt and handled once the last one's answers are in")
    func script() async throws {
        let store = try MemberStoreFixture(members: 30)
        defer { store.remove() }
        let input = store.directory + "/input"
        try "search member\nroles 2 +analyst -developer\ndelete 2\n".write(
            toFile: input, atomically: true, encoding: .utf8)
        let ended = try await ChildProcess.run(
            [MemberStoreFixture.binary, "--plain", "--store", store.path],
            environment: .adding([
                "XDG_STATE_HOME": store.directory + "/state", "XDG_CONFIG_HOME": store.directory + "/config",
            ]), stdin: .file(input))
        #expect(ended.status == 0)
        #expect(ended.errors == "")
        let lines = ended.output.components(separatedBy: "\n")
        #expect(lines.contains("orgtui> roles 2 +analyst -developer"))
        #expect(lines.contains("Roles of Member 002: analyst. Type undo to undo."))
        // The end of the input answers the question No, and quits.
        #expect(lines.contains("Delete Member 002 <member.002@acme.test>? [y/N] "))
        #expect(lines.contains("Cancelled: nothing was changed."))
        #expect(try await roles(store, 2) == [.analyst])
    }
}
