import GRDB
import OrgModel

/// Pages of the users whose name contains a term, without regard to case, through the trigram index
/// `user_fts`. Terms are letters and spaces only (`Validation.nameSearchProblem`), always bound as a
/// parameter and quoted as one FTS5 phrase.
enum UserSearch {
    /// The matching users at positions `offset ..< offset + limit` of the order, and how many match.
    static func page(_ db: Database, term: String, offset: Int, limit: Int) throws -> UserPage {
        let phrase = "\"" + term + "\""
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM user_fts WHERE user_fts MATCH ?",
                                     arguments: [phrase]) ?? 0
        guard limit > 0, offset < count else { return UserPage(count: count, items: []) }
        let items = try Row.fetchAll(db, sql: """
            SELECT id, name, email FROM user WHERE seq IN (SELECT rowid FROM user_fts WHERE user_fts MATCH ?)
            ORDER BY name_key, id LIMIT ? OFFSET ?
            """, arguments: [phrase, limit, offset])
            .map { User(id: $0["id"], name: $0["name"], email: $0["email"]) }
        return UserPage(count: count, items: items)
    }
}
