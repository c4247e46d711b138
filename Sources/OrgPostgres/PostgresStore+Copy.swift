import Logging
import OrgModel
import OrgRecords
import PostgresNIO

extension PostgresStore {
    /// One table's rows in the local store and in the database after the copy.
    public struct CopyCount: Sendable, Equatable {
        public var table: String
        public var source: Int
        public var copied: Int
    }

    /// Copies `snapshot` (a local store) into the empty database at `location`: the schema is brought up to
    /// date, then every row goes in `batchSize` at a time, in one transaction that holds the write lock, and
    /// the rows of each table are counted on both sides before it commits; then the tables are vacuumed and
    /// analyzed. `progress` hears the rows copied so far (of `snapshot.rowCount`) after each batch. Refuses
    /// with `.conflict`, changing nothing, a database that already holds an organization or members; a count
    /// that differs rolls everything back (`.failed`).
    public static func copy(
        _ snapshot: some StoreSnapshot, to location: PostgresLocation, batchSize: Int = 10_000, logger: Logger = quiet,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws(BackendError) -> [CopyCount] {
        try await location.check(logger: logger)
        let client = PostgresClient(configuration: location.configuration, backgroundLogger: logger)
        let runner = Task { await client.run() }
        defer { runner.cancel() }
        do {
            return try await client.lease { connection in
                try await refuseHeld(connection, logger: logger)
                try await PostgresSchema.migrate(connection, logger: logger)
                try await connection.query("BEGIN", logger: logger)
                do {
                    try await connection.query("SELECT pg_advisory_xact_lock(\(writeLock))", logger: logger)
                    try await refuseHeld(connection, logger: logger)
                    let copier = PostgresCopier(
                        connection: connection, logger: logger, batchSize: max(1, batchSize), progress: progress)
                    try await copier.insert(snapshot)
                    let counts = try await copier.counts(of: snapshot)
                    if let differing = counts.first(where: { $0.source != $0.copied }) {
                        throw BackendError.failed(
                            """
                            The copy's \(differing.table) differ: \(differing.source) in the store, \
                            \(differing.copied) in the database; nothing was kept.
                            """, mayHaveApplied: false)
                    }
                    try await connection.query("COMMIT", logger: logger)
                    // Fresh statistics for the planner and a visibility map for index-only scans, which the
                    // page query's skip relies on: without them page 9,999 reads 900 rows of the table.
                    try await connection.query(
                        "VACUUM (ANALYZE) member, member_role, member_bucket, member_gram, access_token, audit",
                        logger: logger)
                    return counts
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        } catch {
            throw BackendError(postgresError: error)
        }
    }

    /// Throws `.conflict` when the database already holds an organization or members (before its schema is
    /// touched, so a refused database is left exactly as it was).
    private static func refuseHeld(_ connection: PostgresConnection, logger: Logger) async throws {
        // A query naming a table that does not exist fails even in a branch never taken: ask first.
        let exists = try await connection.query(
            "SELECT to_regclass('organization') IS NOT NULL AND to_regclass('member') IS NOT NULL", logger: logger
        ).first(Bool.self)
        guard exists == true else { return }
        let held = try await connection.query(
            "SELECT (SELECT count(*) FROM organization) + (SELECT count(*) FROM member)", logger: logger
        ).first(Int.self)
        if held ?? 0 > 0 {
            throw BackendError.conflict(
                "The database already holds an organization; copy into an empty one. It was left as it is.")
        }
    }
}

extension StoreSnapshot {
    /// The rows the copy inserts, for its progress: members, tokens, invitations, outbox and audit entries.
    public var rowCount: Int {
        counts.filter { $0.table != "organization" && $0.table != "roles" }.reduce(0) { $0 + $1.rows }
    }
}
