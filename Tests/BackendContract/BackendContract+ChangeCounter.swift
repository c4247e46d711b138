import OrgModel
import Testing

extension BackendContract {
    static let changeCounterChecks = [
        ContractCheck(
            "changeCounter, where the backend has one, moves after another member's change and not after reads"
        ) {
            fixture async throws in
            let watcher = fixture.member
            guard let first = try await watcher.changeCounter() else { return }
            _ = try await watcher.listUsers(UserQuery())
            _ = try await fixture.admin.getUser(id: ContractData.others[9].id)
            #expect(try await watcher.changeCounter() == first)
            try await fixture.admin.setRoles(id: ContractData.others[9].id, roles: [.analyst])
            let moved = try await watcher.changeCounter()
            #expect(moved != nil && moved != first)
        }
    ]
}
