import GRDB
import OrgModel

/// Pages of the users whose name contains a term, without regard to case. Terms are letters and
/// spaces only (`Validation.nameSearchProblem`), always bound as parameters, and quoted as one FTS5
/// phrase.
///
/// The count comes from the trigram index `member_fts`. The page comes by whichever way reads less:
/// for a common term, a walk along the order index (`member_order`) testing the lowercased name key,
/// which stops once the page is full; for a rare term, or when the walk used up its budget because
/// the matches bunch up later in the order, the matching rows from the trigram index, sorted.
enum UserSearch {
    /// How many order-index entries a walk tests in the time it takes to fetch and sort one match
    /// (measured: about 0.09 µs against 0.8 µs). A walk stops after `fetchToWalkCost` × matches
    /// entries, where fetching would have been cheaper, so a walk that fails costs at most as much.
    static let fetchToWalkCost = 9
    /// A walk is tried only when it is expected to take at most this fraction of its budget, since
    /// the matches may bunch up later in the order than their average density says.
    static let walkSlack = 2

    /// The matching users at positions `offset ..< offset + limit` of the order, and how many match.
    static func page(_ db: Database, term: String, offset: Int, limit: Int) throws -> UserPage {
        let phrase = "\"" + term + "\""
        let count =
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM member_fts WHERE member_fts MATCH ?",
                arguments: [phrase]) ?? 0
        guard limit > 0, offset < count else { return UserPage(count: count, items: []) }
        let wanted = min(limit, count - offset)
        let expected = (offset + wanted) * (try UserOrder.count(db)) / count
        let budget = fetchToWalkCost * count
        if walkSlack * expected <= budget {
            let users = try User.fetchAll(
                db,
                sql: """
                    SELECT id, name, email FROM member WHERE seq IN (
                        SELECT seq FROM (SELECT seq, name_key FROM member ORDER BY name_key, id LIMIT ?)
                        WHERE instr(name_key, ?) > 0 LIMIT ? OFFSET ?)
                    ORDER BY name_key, id
                    """, arguments: [budget, User.sortKey(term), limit, offset])
            if users.count == wanted { return UserPage(count: count, items: users) }
        }
        let users = try User.fetchAll(
            db,
            sql: """
                SELECT u.id, u.name, u.email FROM member_fts f JOIN member u ON u.seq = f.rowid
                WHERE member_fts MATCH ? ORDER BY u.name_key, u.id LIMIT ? OFFSET ?
                """, arguments: [phrase, limit, offset])
        return UserPage(count: count, items: users)
    }
}
