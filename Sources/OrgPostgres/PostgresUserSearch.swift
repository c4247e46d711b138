import Logging
import OrgModel
import PostgresNIO

/// Pages of the members whose name contains a term, without regard to case or accents: `search_key` (the
/// folded name, `NameFold.key`) LIKE the folded term, served by the `pg_trgm` GIN index `member_name_search`.
/// Terms are letters of any script and spaces (`Validation.anyScriptNameSearchProblem`), escaped all the same
/// so that nothing in them is a LIKE wildcard, and always bound as parameters. A key of fewer than 3
/// characters has no trigram: its count reads every member's key.
enum PostgresUserSearch {
    /// The first offset whose page comes from the sorted matches (`KeptOrders`) rather than the planner's walk
    /// or sort, which reads every match before the page at each ask.
    static let deepOffset = 1_000

    /// The matching members at positions `offset ..< offset + limit` of the order, and how many match, in one
    /// statement. A three-letter term's count is one row of `member_gram` (`PostgresNameGrams`); a longer
    /// one's comes from the trigram index (every match rechecked in the table). The page comes by whichever
    /// way the planner expects to read less: for a common term, a walk along `member_order` that stops once the
    /// page is full; for a rare one, the trigram index's matches, sorted. (A CASE runs only the subquery of
    /// the branch it takes.)
    /// A `known` count (from an earlier answer in the same state of the store) is not counted again. The change
    /// counter comes with the page, read in the same snapshot, so the caller can tell whether `known` held.
    static func page(
        _ connection: PostgresConnection, term: String, offset: Int, limit: Int, count known: Int?, logger: Logger
    ) async throws -> (version: Int, page: UserPage) {
        let key = NameFold.key(term)
        let pattern = containsPattern(key)
        let rows = try await connection.query(
            """
            SELECT (SELECT value FROM change_counter),
                   CASE WHEN \(known)::bigint IS NOT NULL THEN \(known)::bigint
                        WHEN char_length(\(key)) = 3
                        THEN coalesce((SELECT count FROM member_gram WHERE gram = \(key)), 0)
                        ELSE (SELECT count(*) FROM member WHERE search_key LIKE \(pattern) ESCAPE '\\') END,
                   m.id, m.name, m.email
            FROM (SELECT 1) AS one LEFT JOIN LATERAL (
                SELECT id, name, email, name_key FROM member WHERE search_key LIKE \(pattern) ESCAPE '\\'
                ORDER BY name_key, id LIMIT \(limit) OFFSET \(offset)) AS m ON true
            ORDER BY m.name_key, m.id
            """, logger: logger)
        return try await userPage(rows.decode(PageRow.self))
    }

    /// A page from `deepOffset` on: from the matches sorted once and kept in `orders`.
    static func deepPage(
        _ connection: PostgresConnection, term: String, offset: Int, limit: Int, orders: KeptOrders, logger: Logger
    ) async throws -> UserPage {
        let key = NameFold.key(term)
        let seqs: [Int64]
        if let kept = orders.kept(key) {
            seqs = kept
        } else {
            let rows = try await connection.query(
                """
                SELECT seq FROM member WHERE search_key LIKE \(containsPattern(key)) ESCAPE '\\'
                ORDER BY name_key, id
                """, logger: logger)
            var found: [Int64] = []
            for try await seq in rows.decode(Int64.self) { found.append(seq) }
            seqs = orders.keep(found, for: key)
        }
        let chosen = KeptOrders.page(of: seqs, offset: offset, limit: limit)
        let rows = try await connection.query(
            "SELECT id, name, email FROM member WHERE seq = ANY(\(chosen)) ORDER BY name_key, id", logger: logger)
        var users: [User] = []
        for try await (id, name, email) in rows.decode((String, String, String).self) {
            users.append(User(id: id, name: name, email: email))
        }
        return UserPage(count: seqs.count, items: users)
    }

    /// The LIKE pattern, for `ESCAPE '\'`, of the text that contains `text`: its `%`, `_` and `\` escaped.
    static func containsPattern(_ text: String) -> String {
        "%"
            + text.reduce(into: "") { escaped, character in
                if "\\%_".contains(character) { escaped.append("\\") }
                escaped.append(character)
            } + "%"
    }

    /// A row of a page query: the change counter, the count of all matches, then a member, or nulls when the
    /// page is empty.
    typealias PageRow = (Int, Int, String?, String?, String?)

    /// A page from its rows, and the change counter in the statement's snapshot.
    static func userPage<Rows: AsyncSequence>(_ rows: Rows) async throws -> (version: Int, page: UserPage)
    where Rows.Element == PageRow {
        var (version, count) = (0, 0)
        var items: [User] = []
        for try await (counter, total, id, name, email) in rows {
            (version, count) = (counter, total)
            if let id, let name, let email { items.append(User(id: id, name: name, email: email)) }
        }
        return (version, UserPage(count: count, items: items))
    }
}
