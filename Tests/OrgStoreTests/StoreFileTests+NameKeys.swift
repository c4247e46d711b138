import GRDB
import OrgModel
@testable import OrgStore
import Testing

extension StoreFileTests {
    /// A file written before `v7-name-keys` gets its members' folded names when opened, so that "garcia" finds
    /// the "José García" stored before; a name changed afterwards is found by its new folded name.
    @Test func aStoreWrittenBeforeNameKeysFindsNamesWithoutAccentsWhenOpened() async throws {
        defer { directory.remove() }
        let path = try await oldStore("v5-names.sqlite", upTo: "v5-member-names") { db in
            try db.execute(
                sql: """
                    INSERT INTO member (id, name, email, connection, name_key) VALUES
                        ('u1', 'Ada Admin', 'ada@acme.test', 'username-password', 'ada admin'),
                        ('u2', 'José García', 'jose@acme.test', 'username-password', 'josé garcía'),
                        ('u3', '최서연', 'seoyeon@acme.test', 'username-password', '최서연'),
                        ('u4', 'Ayşe Yıldız', 'ayse@acme.test', 'username-password', 'ayşe yıldız');
                    INSERT INTO member_role (member_seq, role) VALUES (1, 'admin'), (2, 'developer'), (3, 'analyst'),
                        (4, 'analyst');
                    """)
        }

        let backend = try SQLiteStore(openingAt: path).backend()
        func names(_ term: String) async throws -> [String] {
            try await backend.listUsers(UserQuery(nameSearch: term)).items.map(\.name)
        }
        #expect(try await names("garcia") == ["José García"])
        #expect(try await names("yildiz") == ["Ayşe Yıldız"])
        #expect(try await names("최서연") == ["최서연"])
        #expect(try await names("ga") == ["José García"])
        _ = try await backend.updateMe(UserUpdate(name: "Zoë Ångström"))
        #expect(try await names("zoe ang") == ["Zoë Ångström"])
        #expect(try await names("ada").isEmpty)
    }
}
