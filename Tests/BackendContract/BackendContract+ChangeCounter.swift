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
        },
        ContractCheck("a search's or filter's count, asked again, is never older than the last change") {
            fixture async throws in
            let target = ContractData.google
            let queries = [
                UserQuery(pageSize: 1, roles: [.analyst]), UserQuery(pageSize: 1, emailSearch: "acme"),
                UserQuery(pageSize: 1, emailSearch: "gra"), UserQuery(pageSize: 1, nameSearch: "Grace"),
                UserQuery(pageSize: 1, nameSearch: "Gr"), UserQuery(pageSize: 0, connection: .googleOAuth2),
            ]
            for query in queries {
                let before = ContractData.matching(query).count
                #expect(try await fixture.member.listUsers(query).count == before, "\(query)")
                #expect(try await fixture.admin.listUsers(query).count == before, "\(query)")
            }
            try await fixture.admin.deleteUser(id: target.id)
            for query in queries {
                let after = ContractData.matching(query).count { $0.id != target.id }
                #expect(try await fixture.member.listUsers(query).count == after, "\(query)")
            }
        },
    ]
}
