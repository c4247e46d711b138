import Foundation
import GRDB
import OrgModel

extension AuditEntry {
    /// Appends an entry to the audit log, in the caller's transaction.
    static func append(
        _ db: Database, actor: String, action: Action, target: String,
        before: String?, after: String?
    ) throws {
        try db.execute(
            sql: "INSERT INTO audit (time, actor, action, target, before, after) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [Date(), actor, action.rawValue, target, before, after])
    }

    /// Every entry, oldest first.
    static func fetchAll(_ db: Database) throws -> [AuditEntry] {
        try Row.fetchAll(db, sql: "SELECT id, time, actor, action, target, before, after FROM audit ORDER BY id")
            .map { row in
                AuditEntry(
                    id: row["id"], time: row["time"], actor: row["actor"],
                    action: Action(rawValue: row["action"]) ?? .invite, target: row["target"],
                    before: row["before"], after: row["after"])
            }
    }

    /// A member as the audit log records it, whichever store keeps it: id, name, email, connection and roles.
    public static func memberJSON(_ details: UserDetails, connection: Connection) -> String {
        json([
            "id": details.id, "name": details.name, "email": details.email,
            "connection": connection.rawValue, "roles": details.roles.label,
        ])
    }

    /// A flat JSON object with sorted keys, for the `before` and `after` columns.
    public static func json(_ fields: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(fields)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
