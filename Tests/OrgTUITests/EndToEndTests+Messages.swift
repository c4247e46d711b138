import OrgModel
import Testing

extension EndToEndTests {
    @Test(
        "The last admin's refusal wraps whole above the hint bar, ! shows it with its time, Enter opens an audit entry")
    func messagesAndAuditEntry() async throws {
        let store = try MemberStoreFixture(members: 3)
        defer { store.remove() }
        try await store.store.backend().setRoles(id: MemberStoreFixture.id(1), roles: [.analyst])
        let tmux = try Tmux(width: 80, height: 24, command: store.command())
        defer { tmux.stop() }
        try tmux.waitFor("1-4 of 4")
        try tmux.keys("e", "2", "1", "Enter")
        try tmux.waitFor("[ Yes ]")
        try tmux.keys("y")
        try tmux.waitFor("the refusal whole, wrapped") {
            $0.contains(" The roles of Ada Admin were not saved: Conflict: Ada Admin is the last admin;\n")
                && $0.contains("\n the organization needs one.\n")
        }
        try tmux.keys("!")
        try tmux.waitFor("the recent messages") {
            $0.contains("Recent messages, newest first") && $0.contains("Z The roles of Ada Admin were not saved")
        }
        try tmux.keys("Escape", "Escape", "a")
        try tmux.waitFor("the audit log's two entries") { $0.contains("Audit log") && $0.contains("1-2 of 2") }
        try tmux.keys("Enter")
        try tmux.waitFor("the first entry in full") {
            $0.contains("Audit entry 1 of 2") && $0.contains("Change  roles: developer → analyst")
                && $0.contains("After   connection: username-password")
        }
        try tmux.keys("Escape", "q", "q")
        try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
    }
}
