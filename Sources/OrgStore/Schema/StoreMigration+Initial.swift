import GRDB

extension StoreMigration {
    /// The first schema: organization, users and roles with their search and order indexes, pending
    /// invitations, the outbox and the append-only audit log.
    static let initial = StoreMigration(identifier: "v1-initial") { db in
        try db.execute(
            sql: """
                CREATE TABLE organization (
                    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    short_name TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    me_id TEXT NOT NULL
                );
                CREATE TABLE user (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    connection TEXT NOT NULL CHECK (connection IN ('google-oauth2', 'username-password')),
                    name_key TEXT NOT NULL
                );
                CREATE INDEX user_order ON user(name_key, id);
                CREATE TABLE user_role (
                    user_seq INTEGER NOT NULL REFERENCES user(seq) ON DELETE CASCADE,
                    role TEXT NOT NULL CHECK (role IN ('admin', 'developer', 'analyst')),
                    PRIMARY KEY (user_seq, role)
                ) WITHOUT ROWID;
                CREATE INDEX user_role_by_role ON user_role(role);
                CREATE VIRTUAL TABLE user_fts USING fts5(name, content='user', content_rowid='seq', tokenize='trigram');
                CREATE TABLE user_bucket (
                    lo_key TEXT NOT NULL,
                    lo_id TEXT NOT NULL,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (lo_key, lo_id)
                ) WITHOUT ROWID;
                INSERT INTO user_bucket (lo_key, lo_id, count) VALUES ('', '', 0);
                CREATE TABLE invitation (
                    email TEXT PRIMARY KEY COLLATE NOCASE,
                    name TEXT NOT NULL,
                    roles TEXT NOT NULL,
                    connection TEXT NOT NULL CHECK (connection IN ('google-oauth2', 'username-password')),
                    invited_by TEXT NOT NULL,
                    invited_at DATETIME NOT NULL
                );
                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    recipient TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    body TEXT NOT NULL,
                    created_at DATETIME NOT NULL
                );
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    time DATETIME NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    target TEXT NOT NULL,
                    before TEXT,
                    after TEXT
                );
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        // This step's own names: `memberNames` renames them.
        for trigger in MemberIndexTriggers.statements(table: "user", indexing: "name") {
            try db.execute(sql: trigger)
        }
    }
}
