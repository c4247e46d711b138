import Foundation
import Logging
import OrgModel
import OrgRecords
import PostgresNIO

/// The PostgreSQL store's append-only audit log: the same entries as the SQLite store's `AuditEntry`.
enum PostgresAudit {
    /// Appends `draft`, in the caller's transaction.
    static func append(_ connection: PostgresConnection, _ draft: AuditEntry.Draft, logger: Logger) async throws {
        let (actor, target) = (draft.actor, draft.target)
        try await connection.query(
            """
            INSERT INTO audit (time, actor, action, target, before, after,
                               actor_name, actor_email, target_name, target_email)
            VALUES (\(Date()), \(actor.id), \(draft.action.rawValue), \(target.id), \(draft.before), \(draft.after),
                    \(actor.name), \(actor.email), \(target.name), \(target.email))
            """, logger: logger)
    }

    /// A page of the log, newest first, optionally only the entries whose target is `query.userID` (through
    /// the `audit_by_target` index).
    static func page(_ connection: PostgresConnection, _ query: AuditQuery, logger: Logger) async throws -> AuditPage {
        let target = query.userID
        if target?.holdsNUL == true { return AuditPage(count: 0, items: []) }
        let count =
            try await connection.query(
                "SELECT count(*) FROM audit WHERE \(target)::text IS NULL OR target = \(target)", logger: logger
            ).first(Int.self) ?? 0
        guard query.effectivePageSize > 0, query.offset < count else { return AuditPage(count: count, items: []) }
        var items: [AuditRecord] = []
        let rows = try await connection.query(
            """
            SELECT time, actor, action, target, before, after, actor_name, actor_email, target_name, target_email
            FROM audit
            WHERE \(target)::text IS NULL OR target = \(target)
            ORDER BY id DESC LIMIT \(query.effectivePageSize) OFFSET \(query.offset)
            """, logger: logger)
        for try await (at, actor, action, target, before, after, actorName, actorEmail, targetName, targetEmail)
            in rows.decode((Date, String, String, String, String?, String?, String?, String?, String?, String?).self)
        {
            items.append(
                AuditRecord(
                    at: at, actor: actor, target: target, action: action,
                    before: AuditEntry.fields(before), after: AuditEntry.fields(after), actorName: actorName,
                    actorEmail: actorEmail, targetName: targetName, targetEmail: targetEmail))
        }
        return AuditPage(count: count, items: items)
    }

}
