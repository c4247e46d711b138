import Logging
import OrgModel
import PostgresNIO

/// The PostgreSQL store's schema: numbered migrations, recorded in `schema_migration` as they are applied.
enum PostgresSchema {
    /// One step of the schema; its number is recorded in the database once applied.
    struct Migration: Sendable {
        var version: Int
        var name: String
        var sql: [String]
        /// What the step computes in Swift after `sql` (such as a folded key), then the statements that follow it.
        var fill: (@Sendable (PostgresConnection, Logger) async throws -> Void)? = nil
        var then: [String] = []
    }

    /// Every migration, oldest first. Append new steps at the end; never edit, remove or renumber one.
    static let migrations: [Migration] = [
        initial, accessTokens, PostgresNameGrams.migration, PostgresUserFilter.migration, auditPeople, nameKeys,
    ]

    /// Applies the migrations the database lacks, in one transaction that holds an advisory lock, so that
    /// instances starting at once migrate once. Refuses with `.unusableStore`, and changes nothing, when
    /// the database holds a step this build does not know (a newer orgtui wrote it).
    static func migrate(_ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("BEGIN", logger: logger)
        do {
            try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLock))", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS schema_migration (
                    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            var applied: Set<Int> = []
            for try await version in try await connection.query(
                "SELECT version FROM schema_migration", logger: logger
            ).decode(Int.self) {
                applied.insert(version)
            }
            let known = Set(migrations.map(\.version))
            let unknown = applied.subtracting(known).sorted()
            if !unknown.isEmpty {
                throw BackendError.unusableStore(
                    """
                    The database was written by a newer version of orgtui (schema steps \
                    \(unknown.map(String.init).joined(separator: ", ")) are unknown to this one); it was left \
                    unchanged. Upgrade orgtui to use it.
                    """)
            }
            for migration in migrations where !applied.contains(migration.version) {
                for statement in migration.sql {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await migration.fill?(connection, logger)
                for statement in migration.then {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migration (version, name) VALUES (\(migration.version), \(migration.name))",
                    logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    /// The statement triggers `NAME_insert`, `NAME_delete` and `NAME_update` that run `function` after each
    /// write to `member`, with its rows in the transition tables `added` and `removed`.
    static func memberTriggers(_ name: String, running function: String) -> [String] {
        [
            """
            CREATE TRIGGER \(name)_insert AFTER INSERT ON member REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION \(function)()
            """,
            """
            CREATE TRIGGER \(name)_delete AFTER DELETE ON member REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION \(function)()
            """,
            """
            CREATE TRIGGER \(name)_update AFTER UPDATE ON member
            REFERENCING OLD TABLE AS removed NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION \(function)()
            """,
        ]
    }

    /// The advisory lock key that migrations hold ("orgtui-m").
    static let migrationLock: Int64 = 0x6f72_6774_7569_2d6d

    /// The first schema: the organization, members and roles with their search and order indexes, pending
    /// invitations, the outbox, the append-only audit log and the change counter. Names and ids are compared
    /// as bytes (COLLATE "C"), as the SQLite store compares them.
    static let initial = Migration(
        version: 1, name: "initial",
        sql: [
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            """
            CREATE TABLE organization (
                singleton integer PRIMARY KEY CHECK (singleton = 1),
                id text NOT NULL,
                name text NOT NULL,
                short_name text NOT NULL,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                me_id text NOT NULL
            )
            """,
            """
            CREATE TABLE member (
                seq bigserial PRIMARY KEY,
                id text COLLATE "C" NOT NULL UNIQUE,
                name text NOT NULL,
                email text NOT NULL,
                connection text NOT NULL CHECK (connection IN ('google-oauth2', 'username-password')),
                name_key text COLLATE "C" NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX member_email ON member (lower(email))",
            "CREATE INDEX member_order ON member (name_key, id)",
            "CREATE INDEX member_name_search ON member USING gin (name_key gin_trgm_ops)",
            """
            CREATE TABLE member_role (
                member_seq bigint NOT NULL REFERENCES member (seq) ON DELETE CASCADE,
                role text NOT NULL CHECK (role IN ('admin', 'developer', 'analyst')),
                PRIMARY KEY (member_seq, role)
            )
            """,
            "CREATE INDEX member_role_by_role ON member_role (role)",
            """
            CREATE TABLE member_bucket (
                lo_key text COLLATE "C" NOT NULL,
                lo_id text COLLATE "C" NOT NULL,
                count integer NOT NULL,
                PRIMARY KEY (lo_key, lo_id)
            )
            """,
            "INSERT INTO member_bucket (lo_key, lo_id, count) VALUES ('', '', 0)",
            // Per statement, from the transition tables: a bulk INSERT updates each run's count once, where a
            // per-row trigger would update one hot row once per member (quadratic in a large import).
            """
            CREATE FUNCTION member_bucket_count() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    UPDATE member_bucket b SET count = b.count - d.n FROM (
                        SELECT run.lo_key, run.lo_id, count(*) AS n FROM removed r CROSS JOIN LATERAL (
                            SELECT lo_key, lo_id FROM member_bucket WHERE (lo_key, lo_id) <= (r.name_key, r.id)
                            ORDER BY lo_key DESC, lo_id DESC LIMIT 1) AS run
                        GROUP BY run.lo_key, run.lo_id) AS d
                    WHERE b.lo_key = d.lo_key AND b.lo_id = d.lo_id;
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    UPDATE member_bucket b SET count = b.count + d.n FROM (
                        SELECT run.lo_key, run.lo_id, count(*) AS n FROM added r CROSS JOIN LATERAL (
                            SELECT lo_key, lo_id FROM member_bucket WHERE (lo_key, lo_id) <= (r.name_key, r.id)
                            ORDER BY lo_key DESC, lo_id DESC LIMIT 1) AS run
                        GROUP BY run.lo_key, run.lo_id) AS d
                    WHERE b.lo_key = d.lo_key AND b.lo_id = d.lo_id;
                END IF;
                RETURN NULL;
            END $$
            """,
        ] + memberTriggers("member_bucket", running: "member_bucket_count") + [
            """
            CREATE TABLE invitation (
                email text NOT NULL,
                name text NOT NULL,
                roles text NOT NULL,
                connection text NOT NULL CHECK (connection IN ('google-oauth2', 'username-password')),
                invited_by text NOT NULL,
                invited_at timestamptz NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX invitation_email ON invitation (lower(email))",
            """
            CREATE TABLE outbox (
                id bigserial PRIMARY KEY,
                kind text NOT NULL,
                recipient text NOT NULL,
                subject text NOT NULL,
                body text NOT NULL,
                created_at timestamptz NOT NULL
            )
            """,
            """
            CREATE TABLE audit (
                id bigserial PRIMARY KEY,
                time timestamptz NOT NULL,
                actor text NOT NULL,
                action text NOT NULL,
                target text NOT NULL,
                before text,
                after text
            )
            """,
            "CREATE INDEX audit_by_target ON audit (target, id)",
            """
            CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$
            """,
            """
            CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
            FOR EACH ROW EXECUTE FUNCTION audit_append_only()
            """,
            """
            CREATE TABLE change_counter (
                singleton integer PRIMARY KEY CHECK (singleton = 1),
                value bigint NOT NULL
            )
            """,
            "INSERT INTO change_counter (singleton, value) VALUES (1, 0)",
        ])
}
