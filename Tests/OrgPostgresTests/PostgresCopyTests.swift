import Foundation
import OrgModel
import OrgPostgres
import OrgRecords
import OrgStore
import Testing

/// `orgtui store copy`: a local store, with tokens, audit entries, the outbox and an invitation, copied into an
/// empty database, read back through `PostgresBackend`; a database that holds an organization is refused.
@Suite struct PostgresCopyTests {
    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func copiesEveryRowOfAStore() async throws {
        try await withStore { local in
            try await TestDatabase.withDatabase { url in
                let snapshot = try local.snapshot()
                let heard = Heard()
                let counts = try await PostgresStore.copy(snapshot, to: PostgresLocation(url: url), batchSize: 7) {
                    heard.add($0)
                }
                #expect(counts.allSatisfy { $0.source == $0.copied })
                #expect(counts.map(\.table) == snapshot.counts.map(\.table))
                #expect(counts.first { $0.table == "users" }?.copied == 41)
                #expect(heard.values.last == snapshot.rowCount)
                #expect(heard.values.count > 5)

                let copied = try await PostgresStore.open(PostgresLocation(url: url))
                defer { copied.shutdown() }
                let source = local.backend()
                let target = copied.backend()
                #expect(copied.meID == local.meID)
                #expect(try await target.getOrganization() == source.getOrganization())
                for page in 1...3 {
                    let query = UserQuery(pageNumber: page, pageSize: 20)
                    let expected = try await source.listUsers(query)
                    #expect(try await target.listUsers(query) == expected)
                    for user in expected.items {
                        #expect(try await target.getUser(id: user.id) == source.getUser(id: user.id))
                    }
                }
                let search = UserQuery(nameSearch: "son")
                #expect(try await target.listUsers(search) == source.listUsers(search))
                #expect(try await PostgresTokenStore(store: copied).list() == SQLiteTokenStore(store: local).list())
                let sourceHashes = try await SQLiteTokenStore(store: local).candidates(email: "dana.demo@acme.test")
                let targetHashes = try await PostgresTokenStore(store: copied).candidates(email: "dana.demo@acme.test")
                #expect(targetHashes.map(\.secretHash) == sourceHashes.map(\.secretHash))
                #expect(try await target.listAudit(AuditQuery()) == source.listAudit(AuditQuery()))
                #expect(try await TestDatabase.execute(url, "SELECT count(*) FROM invitation") == 1)
                #expect(try await TestDatabase.execute(url, "SELECT count(*) FROM outbox") == 1)

                // The sequences moved past the copied ids: a new entry is appended after them.
                try await target.inviteUser(Invitation(email: "later@acme.test", name: "Later", roles: [.analyst]))
                #expect(try await target.listAudit(AuditQuery()).count == snapshot.rows(of: "audit") + 1)
            }
        }
    }

    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func copiesTheStoreAsItWasWhenTheSnapshotWasTaken() async throws {
        try await withStore { local in
            try await TestDatabase.withDatabase { url in
                let snapshot = try local.snapshot()
                let backend = local.backend()
                let gone = try #require(try await backend.listUsers(UserQuery(pageSize: 2)).items.last)
                try await backend.deleteUser(id: gone.id)
                try await backend.inviteUser(Invitation(email: "after@acme.test", name: "After", roles: [.analyst]))

                let counts = try await PostgresStore.copy(snapshot, to: PostgresLocation(url: url), batchSize: 3)
                #expect(counts.first { $0.table == "users" }?.copied == 41)
                #expect(counts.first { $0.table == "invitations" }?.copied == 1)
                let copied = try await PostgresStore.open(PostgresLocation(url: url))
                defer { copied.shutdown() }
                #expect(try await copied.backend().getUser(id: gone.id).user == gone)
            }
        }
    }

    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func refusesADatabaseThatHoldsAnOrganization() async throws {
        try await withStore { local in
            try await TestDatabase.withDatabase { url in
                let seeded = try await TestDatabase.contractStore(url)
                seeded.shutdown()
                let before = try await TestDatabase.execute(url, "SELECT count(*) FROM member")
                await #expect {
                    try await PostgresStore.copy(local.snapshot(), to: PostgresLocation(url: url))
                } throws: { error in
                    guard case BackendError.conflict(let detail) = error else { return false }
                    return detail.contains("already holds an organization")
                }
                #expect(try await TestDatabase.execute(url, "SELECT count(*) FROM member") == before)
            }
        }
    }

    /// A demo store of 40 members besides "me", with a token, an invitation (so an outbox message) and two
    /// role changes in its audit log, removed afterwards.
    private func withStore(_ body: (SQLiteStore) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: directory) }
        let local = try DemoPopulation.createStore(at: directory.appendingPathComponent("org.sqlite").path, users: 40)
        _ = try SQLiteTokenStore(store: local).add(email: "dana.demo@acme.test", name: "ci", secretHash: "hash-of-ci")
        let backend = local.backend()
        try await backend.inviteUser(Invitation(email: "new@acme.test", name: "New Person", roles: [.analyst]))
        let someone = try await backend.listUsers(UserQuery(pageSize: 5)).items.last { $0.id != local.meID }
        let id = try #require(someone?.id)
        try await backend.setRoles(id: id, roles: [.admin, .developer], basedOn: nil)
        try await backend.setRoles(id: id, roles: [.analyst], basedOn: nil)
        try await body(local)
    }
}

extension StoreSnapshot {
    /// How many rows the snapshot's `table` (by the copy's names) holds.
    fileprivate func rows(of table: String) -> Int {
        counts.first { $0.table == table }?.rows ?? 0
    }
}

/// The progress the copy reported, in order.
private final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var heard: [Int] = []

    var values: [Int] { lock.withLock { heard } }

    func add(_ value: Int) { lock.withLock { heard.append(value) } }
}
