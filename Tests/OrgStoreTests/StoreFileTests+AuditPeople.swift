import GRDB
import OrgModel
@testable import OrgStore
import Testing

extension StoreFileTests {
    /// A file written before `v6-audit-people`, whose audit entries name people by id only, is filled when
    /// opened from what can be known: an entry's own fields, the members table, the latest entry about someone
    /// deleted; an actor nobody knows keeps the id. The log stays append-only, and new entries record names.
    @Test func aStoreWithAnOldAuditLogNamesItsPeopleWhenOpened() async throws {
        defer { directory.remove() }
        let path = try await oldStore("v5.sqlite", upTo: "v5-member-names") { db in
            try db.execute(
                sql: """
                    INSERT INTO member (id, name, email, connection, name_key) VALUES
                        ('u1', 'Ada Admin', 'ada@acme.test', 'username-password', 'ada admin'),
                        ('u2', 'Bob Brown', 'bob@acme.test', 'username-password', 'bob brown');
                    INSERT INTO member_role (member_seq, role) VALUES (1, 'admin'), (2, 'developer');
                    """)
            func member(_ id: String, _ name: String, _ email: String) -> String {
                #"{"connection":"username-password","email":"\#(email)","id":"\#(id)","name":"\#(name)","roles":"developer"}"#
            }
            let entries: [(actor: String, action: String, target: String, before: String?, after: String?)] = [
                (
                    "u3", "invite", "new@acme.test", nil,
                    #"{"email":"new@acme.test","name":"Nia New","roles":"analyst"}"#
                ),
                (
                    "u1", "set-roles", "u2", member("u2", "Bob Builder", "bob@acme.test"),
                    member("u2", "Bob Builder", "bob@acme.test")
                ),
                ("u1", "delete", "u3", member("u3", "Cy Gone", "cy@acme.test"), nil),
                ("u1", "reset-password", "u4", nil, #"{"email":"di@acme.test"}"#),
                ("u1", "delete", "u4", member("u4", "Di Later", "di@acme.test"), nil),
                (
                    "u2", "update-me", "u2", member("u2", "Bob Builder", "bob@acme.test"),
                    member("u2", "Bob Brown", "bob@acme.test")
                ),
                ("auth0|ghost", "reset-password", "u2", nil, #"{"email":"bob@acme.test"}"#),
                ("u1", "import", "", nil, #"{"count":"3"}"#),
            ]
            for entry in entries {
                try db.execute(
                    sql: "INSERT INTO audit (time, actor, action, target, before, after) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [
                        "2026-01-01 00:00:00.000", entry.actor, entry.action, entry.target, entry.before,
                        entry.after,
                    ])
            }
        }

        let store = try SQLiteStore(openingAt: path)
        let backend = store.backend()
        let log = try await backend.listAudit(AuditQuery(pageNumber: 1)).items.reversed()
        let ada = "Ada Admin <ada@acme.test>"
        #expect(
            log.map { [$0.actorPerson.label, $0.targetPerson.label] } == [
                ["Cy Gone <cy@acme.test>", "Nia New <new@acme.test>"],
                [ada, "Bob Builder <bob@acme.test>"],
                [ada, "Cy Gone <cy@acme.test>"],
                [ada, "Di Later <di@acme.test>"],
                [ada, "Di Later <di@acme.test>"],
                ["Bob Builder <bob@acme.test>", "Bob Builder <bob@acme.test>"],
                ["auth0|ghost", "Bob Brown <bob@acme.test>"],
                [ada, "-"],
            ])
        #expect(log.last?.targetName == nil)
        try await backend.deleteUser(id: "u2")
        let deleted = try #require(try await backend.listAudit(AuditQuery(pageNumber: 1, pageSize: 1)).items.first)
        #expect([deleted.actorPerson.label, deleted.targetPerson.label] == [ada, "Bob Brown <bob@acme.test>"])
        #expect(throws: DatabaseError.self) {
            try store.pool.write { db in try db.execute(sql: "UPDATE audit SET actor_name = 'Mallory'") }
        }
    }
}
