import Foundation
import GRDB
import OrgModel
import OrgRecords

extension AuditEntry {
    /// A page of the log, newest first, optionally only the entries whose target is `query.userID`
    /// (found through the `audit_by_target` index).
    static func page(_ db: Database, _ query: AuditQuery) throws -> AuditPage {
        if query.userID?.holdsNUL == true { return AuditPage(count: 0, items: []) }
        let filter = query.userID == nil ? "" : "WHERE target = :target"
        let arguments: StatementArguments = ["target": query.userID]
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit \(filter)", arguments: arguments) ?? 0
        guard query.effectivePageSize > 0, query.offset < count else { return AuditPage(count: count, items: []) }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT time, actor, action, target, before, after, actor_name, actor_email, target_name,
                       target_email
                FROM audit \(filter)
                ORDER BY id DESC LIMIT :limit OFFSET :offset
                """,
            arguments: arguments + ["limit": query.effectivePageSize, "offset": query.offset])
        return AuditPage(
            count: count,
            items: rows.map { row in
                AuditRecord(
                    at: row["time"], actor: row["actor"], target: row["target"], action: row["action"],
                    before: fields(row["before"]), after: fields(row["after"]), actorName: row["actor_name"],
                    actorEmail: row["actor_email"], targetName: row["target_name"], targetEmail: row["target_email"])
            })
    }

    /// The migration that indexes the log by target, for the audit of one user.
    static let targetIndex = StoreMigration(identifier: "v3-audit-by-target") { db in
        try db.execute(sql: "CREATE INDEX audit_by_target ON audit(target, id)")
    }
}
