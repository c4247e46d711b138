import GRDB

extension StoreMigration {
    /// Gives each audit entry the name and email of who made the change and whom it is about, which the log
    /// records from now on (`AuditEntry.Draft`). The entries written before are filled with what can be known:
    /// the target from the entry's own before or after fields, then anyone from the members table (the actor
    /// of their own profile change from that entry's fields), then from the latest entry about them; what
    /// stays unknown stays NULL, and is shown by its id. The append-only triggers are lifted for the fill.
    static let auditPeople = StoreMigration(identifier: "v6-audit-people") { db in
        func field(_ name: String) -> String {
            """
            COALESCE(CASE WHEN json_valid(before) THEN json_extract(before, '$.\(name)') END,
                     CASE WHEN json_valid(after) THEN json_extract(after, '$.\(name)') END)
            """
        }
        func latest(_ column: String, about id: String) -> String {
            """
            (SELECT o.\(column) FROM audit o WHERE o.target = \(id) AND o.\(column) IS NOT NULL
             ORDER BY o.id DESC LIMIT 1)
            """
        }
        try db.execute(
            sql: """
                ALTER TABLE audit ADD COLUMN actor_name TEXT;
                ALTER TABLE audit ADD COLUMN actor_email TEXT;
                ALTER TABLE audit ADD COLUMN target_name TEXT;
                ALTER TABLE audit ADD COLUMN target_email TEXT;
                DROP TRIGGER audit_no_update;
                UPDATE audit SET target_name = \(field("name")), target_email = \(field("email"))
                WHERE target <> '';
                UPDATE audit SET
                    actor_name = COALESCE(CASE WHEN actor = target THEN target_name END,
                                          (SELECT name FROM member WHERE id = audit.actor)),
                    actor_email = COALESCE(CASE WHEN actor = target THEN target_email END,
                                           (SELECT email FROM member WHERE id = audit.actor)),
                    target_name = COALESCE(target_name, (SELECT name FROM member WHERE id = audit.target)),
                    target_email = COALESCE(target_email, (SELECT email FROM member WHERE id = audit.target));
                UPDATE audit SET
                    actor_name = COALESCE(actor_name, \(latest("target_name", about: "audit.actor"))),
                    actor_email = COALESCE(actor_email, \(latest("target_email", about: "audit.actor"))),
                    target_name = COALESCE(target_name, \(latest("target_name", about: "audit.target"))),
                    target_email = COALESCE(target_email, \(latest("target_email", about: "audit.target")))
                WHERE target_name IS NULL OR target_email IS NULL OR actor_name IS NULL OR actor_email IS NULL;
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
    }
}
