import GRDB

extension StoreMigration {
    /// Names the members' tables, indexes and triggers `member` as the PostgreSQL store does (they were
    /// `user`): the tables are renamed in place, and the two search indexes, whose declarations name their
    /// table, are made again from it.
    static let memberNames = StoreMigration(identifier: "v5-member-names") { db in
        let oldTriggers =
            MemberIndexTriggers.triggerNames(table: "user") + [
                "user_email_insert", "user_email_delete", "user_email_update",
            ]
        for trigger in oldTriggers { try db.execute(sql: "DROP TRIGGER \(trigger)") }
        try db.execute(
            sql: """
                DROP TABLE user_fts;
                DROP TABLE user_email_fts;
                DROP INDEX user_order;
                DROP INDEX user_role_by_role;
                DROP INDEX user_by_connection;
                ALTER TABLE user RENAME TO member;
                ALTER TABLE user_role RENAME TO member_role;
                ALTER TABLE member_role RENAME COLUMN user_seq TO member_seq;
                ALTER TABLE user_bucket RENAME TO member_bucket;
                CREATE INDEX member_order ON member(name_key, id);
                CREATE INDEX member_role_by_role ON member_role(role);
                CREATE INDEX member_by_connection ON member(connection, name_key, id);
                CREATE VIRTUAL TABLE member_fts USING fts5(
                    name, content='member', content_rowid='seq', tokenize='trigram');
                INSERT INTO member_fts (member_fts) VALUES ('rebuild');
                CREATE VIRTUAL TABLE member_email_fts USING fts5(
                    email, content='member', content_rowid='seq', tokenize='trigram');
                INSERT INTO member_email_fts (member_email_fts) VALUES ('rebuild');
                """)
        for trigger in MemberIndexTriggers.statements(table: "member", indexing: "name") + MemberIndexTriggers.email {
            try db.execute(sql: trigger)
        }
    }
}
