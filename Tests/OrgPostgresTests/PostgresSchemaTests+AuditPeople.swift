import Foundation
import OrgModel
@testable import OrgPostgres
import Testing

extension PostgresSchemaTests {
    /// A database whose audit log was written before `audit-people` names people by id only; once opened, its
    /// entries name them from what can be known (an entry's own fields, the members table, the latest entry
    /// about someone deleted), an actor nobody knows keeps the id, and the log stays append-only.
    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func anOldAuditLogNamesItsPeopleOnceMigrated() async throws {
        try await TestDatabase.withDatabase { url in
            try await TestDatabase.execute(
                url, "CREATE TABLE schema_migration (version integer PRIMARY KEY, name text NOT NULL)")
            for migration in PostgresSchema.migrations where migration.version < PostgresSchema.auditPeople.version {
                for statement in migration.sql { try await TestDatabase.execute(url, statement) }
                try await TestDatabase.execute(
                    url, "INSERT INTO schema_migration VALUES (\(migration.version), '\(migration.name)')")
            }
            let json = { (name: String, email: String) in #"'{"email":"\#(email)","name":"\#(name)"}'"# }
            for statement in [
                "INSERT INTO organization VALUES (1, 'org_1', 'Acme', 'acme', now(), now(), 'u1')",
                """
                INSERT INTO member (id, name, email, connection, name_key) VALUES
                    ('u1', 'Ada Admin', 'ada@acme.test', 'username-password', 'ada admin'),
                    ('u2', 'Bob Brown', 'bob@acme.test', 'username-password', 'bob brown')
                """,
                "INSERT INTO member_role (member_seq, role) SELECT seq, 'admin' FROM member WHERE id = 'u1'",
                """
                INSERT INTO audit (time, actor, action, target, before, after) VALUES
                    (now(), 'u3', 'invite', 'nia@acme.test', NULL, \(json("Nia New", "nia@acme.test"))),
                    (now(), 'u1', 'delete', 'u3', \(json("Cy Gone", "cy@acme.test")), NULL),
                    (now(), 'u2', 'update-me', 'u2', \(json("Bob Builder", "bob@acme.test")),
                     \(json("Bob Brown", "bob@acme.test"))),
                    (now(), 'auth0|ghost', 'reset-password', 'u2', NULL, '{"email":"bob@acme.test"}'),
                    (now(), 'u1', 'import', '', NULL, '{"count":"2"}')
                """,
            ] {
                try await TestDatabase.execute(url, statement)
            }

            let store = try await PostgresStore.open(PostgresLocation(url: url))
            defer { store.shutdown() }
            let log = try await store.backend().listAudit(AuditQuery(pageNumber: 1)).items.reversed()
            let ada = "Ada Admin <ada@acme.test>"
            #expect(
                log.map { [$0.actorPerson.label, $0.targetPerson.label] } == [
                    ["Cy Gone <cy@acme.test>", "Nia New <nia@acme.test>"],
                    [ada, "Cy Gone <cy@acme.test>"],
                    ["Bob Builder <bob@acme.test>", "Bob Builder <bob@acme.test>"],
                    ["auth0|ghost", "Bob Brown <bob@acme.test>"],
                    [ada, "-"],
                ])
            await #expect(throws: (any Error).self) {
                try await TestDatabase.execute(url, "UPDATE audit SET actor_name = 'Mallory'")
            }
        }
    }
}
