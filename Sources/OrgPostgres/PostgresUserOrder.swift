import Logging
import OrgModel
import PostgresNIO

/// Pages of all members in order (name key, then id) at a cost that does not grow with the offset, as the
/// SQLite store's `UserOrder` does it.
///
/// `member_bucket` splits that order into runs: each row holds a run's lower bound (`lo_key`, `lo_id`) and
/// how many members fall in it; triggers keep the counts exact. A page at offset k sums the counts of the
/// runs before it (500 to 1,000 rows for a million members), then skips fewer than `maxSize` entries of the
/// `member_order` index inside one run, where `OFFSET k` alone would step over k entries. `balance`, at the
/// end of every write transaction, splits runs that grew past `maxSize` and drops empty ones.
enum PostgresUserOrder {
    /// A run is split in two once it holds more members than this.
    static let maxSize = 2_000

    /// The members at positions `offset ..< offset + limit` of the order, and the number of members, in one
    /// statement (so from one snapshot).
    static func page(_ connection: PostgresConnection, offset: Int, limit: Int, logger: Logger) async throws
        -> UserPage
    {
        try await PostgresUserSearch.userPage(
            connection.execute(Page(offset: offset, limit: limit), logger: logger)
        ).page
    }

    /// The page query, prepared once per connection: planning it anew each time cost as much as running it
    /// (0.6 of 1.5 ms at a million members). The run's bounds are scalar subqueries, so that they bound the
    /// `member_order` index scan (a join with them only filtered a scan from the start); the skip inside the
    /// run reads the index alone, and only the page's rows are fetched.
    struct Page: PostgresPreparedStatement {
        typealias Row = PostgresUserSearch.PageRow
        static let sql = """
            WITH runs AS (
                SELECT lo_key, lo_id, count, sum(count) OVER (ORDER BY lo_key, lo_id) AS upto FROM member_bucket),
            start AS (
                SELECT lo_key, lo_id, upto - count AS before FROM runs WHERE upto > $1
                ORDER BY lo_key, lo_id LIMIT 1)
            SELECT (SELECT value FROM change_counter), (SELECT coalesce(sum(count), 0) FROM member_bucket)::bigint,
                   m.id, m.name, m.email
            FROM (SELECT 1) AS one LEFT JOIN LATERAL (
                SELECT u.id, u.name, u.email, u.name_key FROM member u JOIN (
                    SELECT name_key, id FROM member
                    WHERE (name_key, id) >= ((SELECT lo_key FROM start), (SELECT lo_id FROM start))
                    ORDER BY name_key, id LIMIT $2 OFFSET $1 - (SELECT before FROM start)
                ) AS k ON k.id = u.id) AS m ON true
            ORDER BY m.name_key, m.id
            """
        static let bindingDataTypes: [PostgresDataType] = [.int8, .int8]

        var offset: Int
        var limit: Int

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(offset)
            bindings.append(limit)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }

    /// Splits every run larger than `maxSize` in two and removes empty runs (except the first, which bounds
    /// everything from below); in the caller's write transaction.
    static func balance(_ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            "DELETE FROM member_bucket WHERE count = 0 AND (lo_key, lo_id) > ('', '')", logger: logger)
        while let (key, id, size) = try await connection.query(
            "SELECT lo_key, lo_id, count FROM member_bucket WHERE count > \(maxSize) LIMIT 1", logger: logger
        ).collect().first?.decode((String, String, Int).self) {
            let half = size / 2
            guard
                let (middleKey, middleID) = try await connection.query(
                    """
                    SELECT name_key, id FROM member WHERE (name_key, id) >= (\(key), \(id))
                    ORDER BY name_key, id LIMIT 1 OFFSET \(half)
                    """, logger: logger
                ).collect().first?.decode((String, String).self)
            else {
                throw BackendError.unusableStore(
                    "The database's order index is out of step with its members; it is damaged.")
            }
            try await connection.query(
                "UPDATE member_bucket SET count = \(half) WHERE lo_key = \(key) AND lo_id = \(id)", logger: logger)
            try await connection.query(
                "INSERT INTO member_bucket (lo_key, lo_id, count) VALUES (\(middleKey), \(middleID), \(size - half))",
                logger: logger)
        }
    }

    /// Makes the runs anew from the members, in runs of half `maxSize`, in one pass: after a bulk import,
    /// where splitting the run that grew would take many passes.
    static func rebuild(_ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("DELETE FROM member_bucket", logger: logger)
        try await connection.query(
            """
            WITH numbered AS (
                SELECT name_key, id, (row_number() OVER (ORDER BY name_key, id) - 1) / \(maxSize / 2) AS run
                FROM member),
            runs AS (
                SELECT DISTINCT ON (run) run, name_key, id, count(*) OVER (PARTITION BY run) AS n
                FROM numbered ORDER BY run, name_key, id)
            INSERT INTO member_bucket (lo_key, lo_id, count)
            SELECT CASE WHEN run = 0 THEN '' ELSE name_key END, CASE WHEN run = 0 THEN '' ELSE id END, n FROM runs
            """, logger: logger)
        try await connection.query(
            "INSERT INTO member_bucket (lo_key, lo_id, count) VALUES ('', '', 0) ON CONFLICT DO NOTHING",
            logger: logger)
    }
}
