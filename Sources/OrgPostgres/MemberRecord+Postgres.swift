import Logging
import OrgModel
import OrgRecords
import PostgresNIO

/// A member in the PostgreSQL store: a row of `member` (whose `seq` `member_role` refers to) and their rows of
/// `member_role`.
extension MemberRecord {
    /// The member with this id, or nil.
    static func fetch(_ connection: PostgresConnection, id: String, logger: Logger) async throws -> MemberRecord? {
        guard
            !id.holdsNUL,
            let (seq, id, name, email, kind, roles) = try await connection.execute(Fetch(id: id), logger: logger)
                .first(where: { _ in true })
        else { return nil }
        return MemberRecord(
            seq: seq,
            details: UserDetails(
                user: User(id: id, name: name, email: email),
                roles: Set(roles.split(separator: ",").compactMap { Role(rawValue: String($0)) })),
            connection: Connection(rawValue: kind) ?? .usernamePassword)
    }

    /// The member query, prepared once per connection: every request of `orgtui serve` runs it for its actor.
    struct Fetch: PostgresPreparedStatement {
        typealias Row = (Int64, String, String, String, String, String)
        static let sql = """
            SELECT m.seq, m.id, m.name, m.email, m.connection,
                   coalesce(string_agg(r.role, ',' ORDER BY r.role), '')
            FROM member m LEFT JOIN member_role r ON r.member_seq = m.seq
            WHERE m.id = $1 GROUP BY m.seq
            """
        static let bindingDataTypes: [PostgresDataType] = [.text]

        var id: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(id)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }

    /// The id of the member whose email this is (compared without case), or nil.
    static func id(ofEmail email: String, _ connection: PostgresConnection, logger: Logger) async throws -> String? {
        try await connection.query(
            "SELECT id FROM member WHERE lower(email) = lower(\(email))", logger: logger
        ).first(String.self)
    }

    /// How many members hold the admin role.
    static func adminCount(_ connection: PostgresConnection, logger: Logger) async throws -> Int {
        try await connection.query("SELECT count(*) FROM member_role WHERE role = 'admin'", logger: logger)
            .first(Int.self) ?? 0
    }

    /// Adds a new member with its roles; the caller has checked that the id and email are free.
    static func insert(
        _ connection: PostgresConnection, id: String, name: String, email: String, roles: Set<Role>,
        kind: Connection, logger: Logger
    ) async throws {
        let key = User.sortKey(name)
        guard
            let seq = try await connection.query(
                """
                INSERT INTO member (id, name, email, connection, name_key, search_key)
                VALUES (\(id), \(name), \(email), \(kind.rawValue), \(key), \(NameFold.key(name))) RETURNING seq
                """, logger: logger
            ).first(Int64.self)
        else { return }
        try await setRoles(connection, seq: seq, roles: roles, logger: logger)
    }

    /// Replaces the roles of the member whose row is `seq`.
    static func setRoles(_ connection: PostgresConnection, seq: Int64, roles: Set<Role>, logger: Logger) async throws {
        try await connection.query("DELETE FROM member_role WHERE member_seq = \(seq)", logger: logger)
        let names = roles.ordered.map(\.rawValue)
        try await connection.query(
            "INSERT INTO member_role (member_seq, role) SELECT \(seq), unnest(\(names)::text[])", logger: logger)
    }
}
