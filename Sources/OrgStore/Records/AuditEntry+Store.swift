import Foundation
import GRDB
import OrgModel
import OrgRecords

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
}
