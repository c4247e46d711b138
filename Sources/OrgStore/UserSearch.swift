import GRDB
import OrgModel

/// Pages of the users whose name contains a term, without regard to case. Terms are letters and
/// spaces only (`Validation.nameSearchProblem`), always bound as parameters, and quoted as one FTS5
/// phrase.
///
/// The count comes from the trigram index `user_fts`. The page comes by whichever way reads less:
/// for a rare term, the matching rows from the index, sorted; for a common one, the order index
/// (`user_order`) walked from the start with a substring test on the lowercased name key, which stops
/// as soon as the page is full.
enum UserSearch {
    /// How much more a matched row costs to fetch and sort than an order-index entry costs to test.
    static let fetchToScanCost = 8

    /// The matching users at positions `offset ..< offset + limit` of the order, and how many match.
    static func page(_ db: Database, term: String, offset: Int, limit: Int) throws -> UserPage {
        let phrase = "\"" + term + "\""
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM user_fts WHERE user_fts MATCH ?",
                                     arguments: [phrase]) ?? 0
        guard limit > 0, offset < count else { return UserPage(count: count, items: []) }
        let rows = try walksOrder(db, matches: count, end: offset + limit)
            ? Row.fetchAll(db, sql: """
                SELECT id, name, email FROM user WHERE instr(name_key, ?) > 0 ORDER BY name_key, id LIMIT ? OFFSET ?
                """, arguments: [StoredUser.sortKey(term), limit, offset])
            : Row.fetchAll(db, sql: """
                SELECT id, name, email FROM user WHERE seq IN (SELECT rowid FROM user_fts WHERE user_fts MATCH ?)
                ORDER BY name_key, id LIMIT ? OFFSET ?
                """, arguments: [phrase, limit, offset])
        let items = rows.map { User(id: $0["id"], name: $0["name"], email: $0["email"]) }
        return UserPage(count: count, items: items)
    }

    /// Whether walking the order index until `end` matches costs less than fetching and sorting all
    /// `matches`: the walk reads about end × users / matches entries.
    private static func walksOrder(_ db: Database, matches: Int, end: Int) throws -> Bool {
        let users = try UserOrder.count(db)
        return end * users < fetchToScanCost * matches * matches
    }
}
