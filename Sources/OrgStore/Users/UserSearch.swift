import GRDB
import OrgModel

/// Pages of the users whose folded name (`search_key`, `NameFold.key`: no case, no accents) contains the
/// term's folded form. Terms are letters of any script and spaces (`Validation.anyScriptNameSearchProblem`),
/// always bound as parameters, and quoted as one FTS5 phrase.
///
/// The count comes from the trigram index `member_fts`. The page comes by whichever way reads less:
/// for a common term, a walk along the order index (`member_order`, which carries the key) testing the
/// key, which stops once the page is full; for a rare term, or when the walk used up its budget because
/// the matches bunch up later in the order, the matching rows from the trigram index, sorted once and kept
/// while the store is unchanged (`KeptOrders`). A key of
/// fewer than 3 characters ("ng") has no trigram: its count and page come from a walk of the whole order
/// index, which reads every user's key (tens of milliseconds at a million users).
enum UserSearch {
    /// How many order-index entries a walk tests in the time it takes to fetch and sort one match
    /// (measured: about 0.09 µs against 0.8 µs). A walk stops after `fetchToWalkCost` × matches
    /// entries, where fetching would have been cheaper, so a walk that fails costs at most as much.
    static let fetchToWalkCost = 9
    /// A walk is tried only when it is expected to take at most this fraction of its budget, since
    /// the matches may bunch up later in the order than their average density says.
    static let walkSlack = 2

    /// The matching users at positions `offset ..< offset + limit` of the order, and how many match: `known`
    /// when the caller knows it from an earlier answer in the same state of the store, else counted. A page the
    /// walk cannot reach comes from the matches sorted once and kept in `orders`.
    static func page(
        _ db: Database, term: String, offset: Int, limit: Int, count known: Int?, orders: KeptOrders
    ) throws -> UserPage {
        let key = NameFold.key(term)
        guard key.unicodeScalars.count >= 3 else {
            return try shortPage(db, key: key, offset: offset, limit: limit, count: known)
        }
        let phrase = UserFilter.phrase(key)
        let count =
            try known
            ?? Int.fetchOne(
                db, sql: "SELECT count(*) FROM member_fts WHERE member_fts MATCH ?",
                arguments: [phrase]) ?? 0
        guard limit > 0, offset < count else { return UserPage(count: count, items: []) }
        let wanted = min(limit, count - offset)
        let expected = (offset + wanted) * (try UserOrder.count(db)) / count
        let budget = fetchToWalkCost * count
        if walkSlack * expected <= budget {
            let users = try walk(db, key: key, entries: budget, offset: offset, limit: limit)
            if users.count == wanted { return UserPage(count: count, items: users) }
        }
        let seqs =
            try orders.kept(key)
            ?? orders.keep(
                Int64.fetchAll(
                    db,
                    sql: """
                        SELECT u.seq FROM member_fts f JOIN member u ON u.seq = f.rowid
                        WHERE member_fts MATCH ? ORDER BY u.name_key, u.id
                        """, arguments: [phrase]), for: key)
        let chosen = KeptOrders.page(of: seqs, offset: offset, limit: limit)
        let marks = Array(repeating: "?", count: chosen.count).joined(separator: ", ")
        let users =
            chosen.isEmpty
            ? []
            : try User.fetchAll(
                db, sql: "SELECT id, name, email FROM member WHERE seq IN (\(marks)) ORDER BY name_key, id",
                arguments: StatementArguments(chosen))
        return UserPage(count: count, items: users)
    }

    /// The page of a key too short for the trigram index, and its count, from the whole order index.
    private static func shortPage(_ db: Database, key: String, offset: Int, limit: Int, count known: Int?) throws
        -> UserPage
    {
        let count =
            try known
            ?? Int.fetchOne(
                db, sql: "SELECT count(*) FROM member INDEXED BY member_order WHERE instr(search_key, ?) > 0",
                arguments: [key]) ?? 0
        guard limit > 0, offset < count else { return UserPage(count: count, items: []) }
        return UserPage(count: count, items: try walk(db, key: key, entries: -1, offset: offset, limit: limit))
    }

    /// The users whose key contains `key` at positions `offset ..< offset + limit` among those found in the
    /// first `entries` entries of the order index (-1: all of them).
    private static func walk(_ db: Database, key: String, entries: Int, offset: Int, limit: Int) throws -> [User] {
        try User.fetchAll(
            db,
            sql: """
                SELECT id, name, email FROM member WHERE seq IN (
                    SELECT seq FROM (SELECT seq, search_key FROM member ORDER BY name_key, id LIMIT ?)
                    WHERE instr(search_key, ?) > 0 LIMIT ? OFFSET ?)
                ORDER BY name_key, id
                """, arguments: [entries, key, limit, offset])
    }
}
