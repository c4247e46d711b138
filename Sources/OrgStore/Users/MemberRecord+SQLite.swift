import Foundation
import GRDB
import OrgModel
import OrgRecords

/// A member in the SQLite store: a row of `member` (whose `seq` `member_role` and the search index refer to) and
/// their rows of `member_role`.
extension MemberRecord {
    /// The user with this id, or nil.
    static func fetch(_ db: Database, id: String) throws -> MemberRecord? {
        if id.holdsNUL { return nil }
        let statement = try db.cachedStatement(sql: "SELECT seq, id, name, email, connection FROM member WHERE id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id]) else { return nil }
        let seq: Int64 = row[0]
        let roles = try String.fetchAll(
            db.cachedStatement(sql: "SELECT role FROM member_role WHERE member_seq = ?"),
            arguments: [seq])
        return MemberRecord(
            seq: seq,
            details: UserDetails(
                user: User(id: row[1], name: row[2], email: row[3]),
                roles: Set(roles.compactMap(Role.init(rawValue:)))),
            connection: Connection(rawValue: row[4]) ?? .usernamePassword)
    }

    /// The id of the user whose email this is (compared without case), or nil.
    static func id(ofEmail email: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT id FROM member WHERE email = ?", arguments: [email])
    }

    /// How many users hold the admin role.
    static func adminCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM member_role WHERE role = 'admin'") ?? 0
    }

    /// Adds a new user with its roles; the caller has checked that the id and email are free.
    static func insert(
        _ db: Database, id: String, name: String, email: String, roles: Set<Role>,
        connection: Connection
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO member (id, name, email, connection, name_key, search_key) VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, name, email, connection.rawValue, User.sortKey(name), NameFold.key(name)])
        try setRoles(db, seq: db.lastInsertedRowID, roles: roles)
    }

    /// Replaces the roles of the user whose row is `seq`.
    static func setRoles(_ db: Database, seq: Int64, roles: Set<Role>) throws {
        try db.execute(sql: "DELETE FROM member_role WHERE member_seq = ?", arguments: [seq])
        for role in roles.ordered {
            try db.execute(
                sql: "INSERT INTO member_role (member_seq, role) VALUES (?, ?)", arguments: [seq, role.rawValue])
        }
    }
}
