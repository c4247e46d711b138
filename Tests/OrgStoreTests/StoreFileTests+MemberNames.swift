import GRDB
import OrgModel
@testable import OrgStore
import Testing

extension StoreFileTests {
    /// A file written before `v5-member-names`, whose members live in `user`, is renamed when opened and
    /// keeps every member, role, token and search: nothing of the old names is left.
    @Test func aStoreWithTheOldUserTableIsRenamedWhenOpenedAndLosesNothing() async throws {
        defer { directory.remove() }
        let path = try await oldStore("v4.sqlite", upTo: "v4-user-filters") { db in
            try db.execute(
                sql: """
                    INSERT INTO user (id, name, email, connection, name_key) VALUES
                        ('u1', 'Ada Admin', 'ada@acme.test', 'username-password', 'ada admin'),
                        ('u2', 'Bob Builder', 'bob@acme.test', 'google-oauth2', 'bob builder');
                    INSERT INTO user_role (user_seq, role) VALUES (1, 'admin'), (2, 'developer'), (2, 'analyst');
                    INSERT INTO access_token VALUES ('t1', 'u2', 'bob@acme.test', 'laptop', 'hash', '2026-01-01');
                    """)
        }

        let store = try SQLiteStore(openingAt: path)
        let backend = store.backend()
        #expect(
            try await backend.listUsers(UserQuery(pageNumber: 1)).items.map(\.name) == ["Ada Admin", "Bob Builder"])
        #expect(try await backend.listUsers(UserQuery(pageNumber: 1, nameSearch: "build")).items.map(\.id) == ["u2"])
        #expect(try await backend.listUsers(UserQuery(pageNumber: 1, emailSearch: "bob@")).items.map(\.id) == ["u2"])
        #expect(try await backend.listUsers(UserQuery(pageNumber: 1, roles: [.analyst])).items.map(\.id) == ["u2"])
        #expect(try await backend.getUser(id: "u2").roles == [.developer, .analyst])
        try await backend.deleteUser(id: "u2")
        let (names, tokens, searchHits) = try await store.pool.read { db in
            (
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'user%' OR sql LIKE '%user_seq%'"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM access_token") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM member_fts WHERE member_fts MATCH 'builder'") ?? -1
            )
        }
        #expect(names == [])
        #expect(tokens == 0)
        #expect(searchHits == 0)
    }
}
