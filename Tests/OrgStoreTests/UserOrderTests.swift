import BackendContract
import GRDB
import OrgModel
import OrgRecords
@testable import OrgStore
import Testing

/// The order-statistics buckets stay exact through bulk imports, single inserts, renames and deletes:
/// every page equals the naive `ORDER BY ... LIMIT ... OFFSET` query, and every search of names or emails
/// the naive scan.
@Suite struct UserOrderTests {
    @Test func pagesEqualTheNaiveQueryThroughChanges() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.emptyStore(at: directory.file("org.sqlite"))
        try store.importMembers(StoreFixtures.members(6_000))
        try await expectExact(store)

        for batch in 0..<6 {
            try store.importMembers(StoreFixtures.members(700, from: 10_000 + batch * 700))
        }
        try await expectExact(store)
        #expect(try bucketSizes(store).count > 6)

        let admin = store.backend()
        let doomed =
            try await admin.listUsers(UserQuery(pageNumber: 3, pageSize: 100)).items
            + admin.listUsers(UserQuery(pageNumber: 70, pageSize: 100)).items
        for user in doomed { try await admin.deleteUser(id: user.id) }
        for (i, user) in try await admin.listUsers(UserQuery(pageNumber: 20, pageSize: 40)).items.enumerated() {
            _ = try await store.backend(actingAs: user.id).updateMe(UserUpdate(name: "Aaron Renamed \(i)"))
        }
        try await expectExact(store)
        #expect(try bucketSizes(store).allSatisfy { $0 <= UserOrder.maxSize })
    }

    @Test func searchesWhoseMatchesBunchUpLateInTheOrder() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.emptyStore(at: directory.file("org.sqlite"))
        try store.importMembers(StoreFixtures.members(9_000))
        try store.importMembers(
            (0..<900).map { i in
                MemberSeed(name: "Ÿves Zulu", email: "z\(i)@example.test", roles: [.analyst], connection: .googleOAuth2)
            })
        try await expectExact(store, searching: ["zulu", "ves zu", "ves"], emails: ["z12", "m8999@", "xyz"])
    }

    /// Checks the bucket counts against the users, then pages and searches (of names, then of emails, whose
    /// index a bulk import also fills in one pass) against the naive queries.
    private func expectExact(
        _ store: SQLiteStore,
        searching terms: [String] = ["ann", "ray", "renamed", "ola sato", "xyz"],
        emails: [String] = ["m12", "99@", "example", "xyz"]
    ) async throws {
        let (total, counted, actual) = try await store.pool.read { db in
            let bounds = try Row.fetchAll(
                db, sql: "SELECT lo_key, lo_id, count FROM member_bucket ORDER BY lo_key, lo_id")
            let actual = try bounds.indices.map { i in
                let next = i + 1 < bounds.count ? "AND (name_key, id) < (?, ?)" : ""
                var arguments: StatementArguments = [bounds[i]["lo_key"], bounds[i]["lo_id"]]
                if i + 1 < bounds.count { arguments += [bounds[i + 1]["lo_key"], bounds[i + 1]["lo_id"]] }
                return try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM member WHERE (name_key, id) >= (?, ?) \(next)",
                    arguments: arguments)!
            }
            return (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM member")!, bounds.map { $0["count"] as Int }, actual
            )
        }
        #expect(counted == actual)
        #expect(counted.reduce(0, +) == total)
        let backend = store.backend()
        for pageNumber in [1, 2, 17, total / 100, total / 100 + 1, total / 100 + 2] {
            let page = try await backend.listUsers(UserQuery(pageNumber: pageNumber, pageSize: 100))
            let naive = try await store.pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT id, name, email FROM member ORDER BY name_key, id LIMIT 100 OFFSET ?",
                    arguments: [(pageNumber - 1) * 100]
                )
                .map { User(id: $0["id"], name: $0["name"], email: $0["email"]) }
            }
            #expect(page == UserPage(count: total, items: naive), "page \(pageNumber)")
        }
        let searches =
            terms.map { (column: "name", term: $0, query: UserQuery(nameSearch: $0)) }
            + emails.map { (column: "email", term: $0, query: UserQuery(emailSearch: $0)) }
        for (column, term, query) in searches {
            let found = try await BackendContract.allPages(backend, query, pageSize: 100)
            let naive = try await store.pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT id, name, email FROM member WHERE \(column) LIKE ? ORDER BY name_key, id",
                    arguments: ["%\(term)%"]
                )
                .map { User(id: $0["id"], name: $0["name"], email: $0["email"]) }
            }
            #expect(found == naive, "\(column) \(term)")
            #expect(column == "name" || term == "xyz" || !found.isEmpty, "\(column) \(term)")
        }
    }

    private func bucketSizes(_ store: SQLiteStore) throws -> [Int] {
        try store.pool.read { db in try Int.fetchAll(db, sql: "SELECT count FROM member_bucket") }
    }
}
