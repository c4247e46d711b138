import GRDB
import OrgModel

extension User {
    /// The users that `sql` selects as `id, name, email` (in that order), read from a prepared statement
    /// the connection keeps, by column index: the store's hot read path, with no per-row copies.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments) throws -> [User] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        var users: [User] = []
        while let row = try rows.next() {
            users.append(User(id: row[0], name: row[1], email: row[2]))
        }
        return users
    }
}
