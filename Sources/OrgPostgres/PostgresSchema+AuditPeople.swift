extension PostgresSchema {
    /// The migration that gives each audit entry the name and email of who made the change and whom it is
    /// about, as the SQLite store's `v6-audit-people` does, filling the entries written before from what can be
    /// known (the entry's own fields, the members table, the latest entry about the same person) and leaving
    /// the rest NULL, shown by its id. The append-only trigger is lifted for the fill, in the migration's
    /// transaction, which holds the table's lock.
    static let auditPeople = Migration(
        version: 5, name: "audit-people",
        sql: [
            """
            ALTER TABLE audit ADD COLUMN actor_name text, ADD COLUMN actor_email text,
                              ADD COLUMN target_name text, ADD COLUMN target_email text
            """,
            "ALTER TABLE audit DISABLE TRIGGER audit_append_only",
            """
            UPDATE audit SET target_name = COALESCE(before::jsonb ->> 'name', after::jsonb ->> 'name'),
                             target_email = COALESCE(before::jsonb ->> 'email', after::jsonb ->> 'email')
            WHERE target <> ''
            """,
            """
            UPDATE audit SET
                actor_name = COALESCE(CASE WHEN actor = target THEN target_name END,
                                      (SELECT name FROM member WHERE id = audit.actor COLLATE "C")),
                actor_email = COALESCE(CASE WHEN actor = target THEN target_email END,
                                       (SELECT email FROM member WHERE id = audit.actor COLLATE "C")),
                target_name = COALESCE(target_name, (SELECT name FROM member WHERE id = audit.target COLLATE "C")),
                target_email = COALESCE(target_email, (SELECT email FROM member WHERE id = audit.target COLLATE "C"))
            """,
            """
            UPDATE audit SET
                actor_name = COALESCE(actor_name, \(latest("target_name", about: "audit.actor"))),
                actor_email = COALESCE(actor_email, \(latest("target_email", about: "audit.actor"))),
                target_name = COALESCE(target_name, \(latest("target_name", about: "audit.target"))),
                target_email = COALESCE(target_email, \(latest("target_email", about: "audit.target")))
            WHERE target_name IS NULL OR target_email IS NULL OR actor_name IS NULL OR actor_email IS NULL
            """,
            "ALTER TABLE audit ENABLE TRIGGER audit_append_only",
        ])

    /// The latest `column` recorded by an entry about `id` (an SQL expression), through `audit_by_target`.
    private static func latest(_ column: String, about id: String) -> String {
        """
        (SELECT o.\(column) FROM audit o WHERE o.target = \(id) AND o.\(column) IS NOT NULL
         ORDER BY o.id DESC LIMIT 1)
        """
    }
}
