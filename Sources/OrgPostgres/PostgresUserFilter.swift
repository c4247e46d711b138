import Logging
import OrgModel
import PostgresNIO

/// Pages of the members that `listUsers`' extensions select (any of some roles, a part of the email, a
/// connection), with or without a name search, in one statement: roles from `member_role_by_role`, the
/// connection from `member_by_connection`, a name from the trigram index `member_name_search` and an email
/// part from the trigram index `member_email_search` (`lower(email)`), so no filter walks the whole table.
/// Every value is bound; `%`, `_` and `\` in an email part are escaped, so they match themselves.
enum PostgresUserFilter {
    /// The matching members at positions `offset ..< offset + limit` of the order, and how many match.
    static func page(_ connection: PostgresConnection, _ query: UserQuery, logger: Logger) async throws -> UserPage {
        var bindings = PostgresBindings()
        var conditions: [String] = []
        func bind(_ value: some PostgresNonThrowingEncodable) -> String {
            bindings.append(value)
            return "$\(bindings.count)"
        }
        if let term = query.nameSearch {
            conditions.append("search_key LIKE \(bind(PostgresUserSearch.containsPattern(NameFold.key(term))))")
        }
        if !query.roles.isEmpty {
            conditions.append(
                "seq IN (SELECT member_seq FROM member_role WHERE role = ANY(\(bind(query.roles.ordered.map(\.rawValue)))))"
            )
        }
        if let method = query.connection {
            conditions.append("connection = \(bind(method.rawValue))")
        }
        if let part = query.emailSearch {
            let pattern = PostgresUserSearch.containsPattern(part.lowercased())
            conditions.append("lower(email) LIKE \(bind(pattern)) ESCAPE '\\'")
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT (SELECT count(*) FROM member \(filter)), m.id, m.name, m.email
            FROM (SELECT 1) AS one LEFT JOIN LATERAL (
                SELECT id, name, email, name_key FROM member \(filter)
                ORDER BY name_key, id LIMIT \(bind(query.effectivePageSize)) OFFSET \(bind(query.offset))) AS m ON true
            ORDER BY m.name_key, m.id
            """
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        return try await PostgresUserSearch.userPage(rows.decode(PostgresUserSearch.PageRow.self))
    }

    /// The schema step that indexes the filters: members by connection in the list's order, and the trigram
    /// index of the lowercased email addresses.
    static let migration = PostgresSchema.Migration(
        version: 4, name: "user-filters",
        sql: [
            "CREATE INDEX member_by_connection ON member (connection, name_key, id)",
            "CREATE INDEX member_email_search ON member USING gin (lower(email) gin_trgm_ops)",
        ])
}
