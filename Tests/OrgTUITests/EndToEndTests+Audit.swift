import OrgModel
import OrgStore
import Testing

extension EndToEndTests {
    @Test("Over orgtui serve, a shows the audit log with a role change made just before; on details, theirs only")
    func auditLogOverServe() async throws {
        let store = try MemberStoreFixture(members: 30)
        defer { store.remove() }
        let token = try await store.adminToken()
        let (server, url) = try await store.serve()
        defer { server.stop() }
        try await store.store.backend().setRoles(id: MemberStoreFixture.id(2), roles: [.admin, .developer])

        let tmux = try Tmux(width: 100, height: 30, command: store.command(api: url, token: token))
        defer { tmux.stop() }
        try tmux.waitFor("1-25 of 31")
        try tmux.keys("a")
        try tmux.waitFor("the role change, newest first") {
            $0.contains("Audit log") && $0.contains("1-2 of 2")
                && $0.contains("Ada Admin set-roles Member 002 roles: developer → admin,developer")
        }
        try tmux.keys("Escape", "j", "j", "Enter")
        try tmux.waitFor("Email    member.002@acme.test")
        try tmux.keys("a")
        try tmux.waitFor("Member 002's entry alone") {
            $0.contains("Audit log of Member 002") && $0.contains("1-1 of 1")
        }
        try tmux.keys("q", "q", "Escape", "q")
        try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
    }
}
