import Logging
import OrgModel
import OrgRecords
import PostgresNIO

/// Pages of the members that `listUsers`' extensions select (any of some roles, a part of the email, a
/// connection), with or without a name search, in one statement: roles from `member_role_by_role`, the
/// connection from `member_by_connection`, a name from the trigram index `member_name_search` and an email
/// part from the trigram index `member_email_search` (`lower(email)`), so no filter walks the whole table.
/// One role asked alone is counted from `member_role_by_role` without the table, while its page walks
/// `member_order` testing each row (the planner's choice near the start of the order). Every value is bound;
/// `%`, `_` and `\` in an email part are escaped, so they match themselves.
enum PostgresUserFilter {
    /// The matching members at positions `offset ..< offset + limit` of the order, and how many match: `known`
    /// when the caller knows it from an earlier answer in the same state of the store, else counted; with the
    /// change counter read in the same snapshot (nil when nothing was read).
    static func page(_ connection: PostgresConnection, _ query: UserQuery, count known: Int?, logger: Logger)
        async throws -> (version: Int?, page: UserPage)
    {
        if query.emailSearch?.holdsNUL == true { return (nil, UserPage(count: 0, items: [])) }
        var bindings = PostgresBindings()
        var conditions: [String] = []
        func bind(_ value: some PostgresNonThrowingEncodable) -> String {
            bindings.append(value)
            return "$\(bindings.count)"
        }
        if let term = query.nameSearch {
            conditions.append("search_key LIKE \(bind(PostgresUserSearch.containsPattern(NameFold.key(term))))")
        }
        var roles = ""
        if !query.roles.isEmpty {
            roles = bind(query.roles.ordered.map(\.rawValue))
            conditions.append("seq IN (SELECT member_seq FROM member_role WHERE role = ANY(\(roles)))")
        }
        if let method = query.connection {
            conditions.append("connection = \(bind(method.rawValue))")
        }
        if let part = query.emailSearch {
            let pattern = PostgresUserSearch.containsPattern(part.lowercased())
            conditions.append("lower(email) LIKE \(bind(pattern)) ESCAPE '\\'")
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // One role alone: a member holds it at most once (member_role's primary key), so its rows in the
        // index member_role_by_role are the count, read without the table (3 ms for 40,000 admins at a
        // million members, where the semi-join with member took 200 to 300 ms).
        let oneRoleAlone = query.roles.count == 1 && conditions.count == 1
        let count =
            oneRoleAlone
            ? "SELECT count(*) FROM member_role WHERE role = ANY(\(roles))" : "SELECT count(*) FROM member \(filter)"
        bindings.append(known)
        let knownCount = "$\(bindings.count)::bigint"
        // coalesce evaluates the count's subquery only when no count is known.
        let sql = """
            SELECT (SELECT value FROM change_counter), coalesce(\(knownCount), (\(count))), m.id, m.name, m.email
            FROM (SELECT 1) AS one LEFT JOIN LATERAL (
                SELECT id, name, email, name_key FROM member \(filter)
                ORDER BY name_key, id LIMIT \(bind(query.effectivePageSize)) OFFSET \(bind(query.offset))) AS m ON true
            ORDER BY m.name_key, m.id
            """
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        let (version, page) = try await PostgresUserSearch.userPage(rows.decode(PostgresUserSearch.PageRow.self))
        return (version, page)
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
