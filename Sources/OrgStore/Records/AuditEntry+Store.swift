import Foundation
import GRDB
import OrgModel
import OrgRecords

extension AuditEntry {
    /// Appends `draft` to the audit log, in the caller's transaction.
    static func append(_ db: Database, _ draft: Draft) throws {
        try db.execute(
            sql: """
                INSERT INTO audit (time, actor, action, target, before, after,
                                   actor_name, actor_email, target_name, target_email)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                Date(), draft.actor.id, draft.action.rawValue, draft.target.id, draft.before, draft.after,
                draft.actor.name, draft.actor.email, draft.target.name, draft.target.email,
            ])
    }

    /// Every entry, oldest first.
    static func fetchAll(_ db: Database) throws -> [AuditEntry] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, time, actor, action, target, before, after,
                       actor_name, actor_email, target_name, target_email
                FROM audit ORDER BY id
                """
        )
        .map { row in
            AuditEntry(
                id: row["id"], time: row["time"], actor: row["actor"],
                action: Action(rawValue: row["action"]) ?? .invite, target: row["target"],
                before: row["before"], after: row["after"], actorName: row["actor_name"],
                actorEmail: row["actor_email"], targetName: row["target_name"], targetEmail: row["target_email"])
        }
    }
}
