import Logging
import OrgModel
import PostgresNIO

extension PostgresSchema {
    /// Gives each member its folded name, `search_key` (`NameFold.key`: no case, no accents), computed in Swift
    /// for the rows written before (`fillSearchKeys`) and by every write since. The name search's trigram index
    /// and the three-character counts (`member_gram`, emptied here and filled again by its trigger as the keys
    /// are written) move from `name_key` to it; the order index carries it, so a walk along the order tests the
    /// key without reading the table.
    static let nameKeys = Migration(
        version: 6, name: "name-keys",
        sql: [
            #"ALTER TABLE member ADD COLUMN search_key text COLLATE "C" NOT NULL DEFAULT ''"#,
            """
            CREATE OR REPLACE FUNCTION member_gram_count() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    UPDATE member_gram m SET count = m.count - d.n FROM (
                        SELECT g, count(*) AS n FROM removed CROSS JOIN LATERAL name_grams(search_key) AS g GROUP BY g
                    ) AS d WHERE m.gram = d.g;
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    INSERT INTO member_gram AS m (gram, count)
                    SELECT g, count(*) FROM added CROSS JOIN LATERAL name_grams(search_key) AS g GROUP BY g
                    ON CONFLICT (gram) DO UPDATE SET count = m.count + excluded.count;
                END IF;
                RETURN NULL;
            END $$
            """,
            "TRUNCATE member_gram",
        ],
        fill: fillSearchKeys,
        then: [
            "DROP INDEX member_name_search",
            "CREATE INDEX member_name_search ON member USING gin (search_key gin_trgm_ops)",
            "DROP INDEX member_order",
            "CREATE INDEX member_order ON member (name_key, id) INCLUDE (search_key)",
        ])

    /// Writes every member's `search_key`, ten thousand at a time.
    @Sendable static func fillSearchKeys(_ connection: PostgresConnection, logger: Logger) async throws {
        var rows: [(Int64, String)] = []
        for try await row in try await connection.query("SELECT seq, name FROM member", logger: logger)
            .decode((Int64, String).self)
        {
            rows.append(row)
        }
        for start in stride(from: 0, to: rows.count, by: 10_000) {
            let batch = rows[start..<min(start + 10_000, rows.count)]
            try await connection.query(
                """
                UPDATE member m SET search_key = k.key
                FROM unnest(\(batch.map(\.0))::bigint[], \(batch.map { NameFold.key($0.1) })::text[]) AS k(seq, key)
                WHERE m.seq = k.seq
                """, logger: logger)
        }
    }
}
