import GRDB
import OrgModel

extension UserFilter {
    /// The most rows of the list's order a page may walk before sorting every match is cheaper.
    static let walkLimit = 20_000

    /// A page near the start of the users holding one role, or of those whose email holds an ASCII part of 3
    /// or more characters (where `lower` and the trigram index agree), when nothing else is asked; nil for any other query (`page` answers it). The count is read from one index
    /// alone (`member_role_by_role`, or the trigram index `member_email_fts`), and the page by walking the
    /// list's order (`member_order`), testing each row (its role by `member_role`'s primary key, its email
    /// in place), which reads about (offset + limit) / share rows instead of sorting every match. A page
    /// deeper than `walkLimit` rows is nil too. A `known` count is not read again.
    static func walkedPage(_ db: Database, _ query: UserQuery, count known: Int?) throws -> UserPage? {
        guard query.nameSearch == nil, query.connection == nil else { return nil }
        let count: Int
        let test: String
        let argument: String
        switch (query.roles.first, query.emailSearch) {
        case (let role?, nil) where query.roles.count == 1:
            count =
                try known
                ?? Int.fetchOne(db, sql: "SELECT count(*) FROM member_role WHERE role = ?", arguments: [role.rawValue])
                ?? 0
            test = "EXISTS (SELECT 1 FROM member_role r WHERE r.member_seq = member.seq AND r.role = ?)"
            argument = role.rawValue
        case (nil, let part?) where part.unicodeScalars.count >= 3 && part.unicodeScalars.allSatisfy(\.isASCII):
            count =
                try known
                ?? Int.fetchOne(
                    db, sql: "SELECT count(*) FROM member_email_fts WHERE member_email_fts MATCH ?",
                    arguments: [phrase(part)]) ?? 0
            test = "instr(lower(email), lower(?)) > 0"
            argument = part
        default:
            return nil
        }
        guard query.effectivePageSize > 0, query.offset < count else { return UserPage(count: count, items: []) }
        let share = Double(count) / Double(max(1, try UserOrder.count(db)))
        guard (Double(query.offset) + Double(query.effectivePageSize)) / share <= Double(walkLimit) else { return nil }
        let users = try User.fetchAll(
            db, sql: "SELECT id, name, email FROM member WHERE \(test) ORDER BY name_key, id LIMIT ? OFFSET ?",
            arguments: [argument, query.effectivePageSize, query.offset])
        return UserPage(count: count, items: users)
    }
}
