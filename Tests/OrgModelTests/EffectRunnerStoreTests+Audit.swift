@testable import OrgModel
import OrgStore
import Testing

extension EffectRunnerStoreTests {
    @Test func theAuditScreenShowsTheStoresLogNewestFirstWithNames() async throws {
        try await Self.withStore { store in
            let admin = store.backend()
            let inbox = EventRecorder()
            let runner = EffectRunner(backend: admin, send: inbox.append)
            var state = AppState(width: 100, height: 30)
            runner.perform(reduce(&state, .started))
            #expect(await EffectRunnerTests.drive(&state, runner, inbox) { $0.me != nil && $0.users.count == 301 })
            let member = try #require(state.users.user(at: 1))
            try await admin.setRoles(id: member.id, roles: [.analyst])
            runner.perform(reduce(&state, .command(.audit)))
            #expect(await EffectRunnerTests.drive(&state, runner, inbox) { $0.auditLog?.rows.count == 2 })
            #expect(state.auditRows.map(\.record?.action) == ["set-roles", "import"])
            #expect(state.auditRows.first?.target == member.name)
            #expect(state.auditRows.first?.actor == "Ada Admin")
        }
    }
}
