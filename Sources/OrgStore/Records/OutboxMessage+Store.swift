import Foundation
import GRDB
import OrgRecords

extension OutboxMessage {
    /// Writes an email to the outbox, in the caller's transaction.
    static func append(_ db: Database, _ mail: Draft) throws {
        try db.execute(
            sql: "INSERT INTO outbox (kind, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?)",
            arguments: [mail.kind.rawValue, mail.recipient, mail.subject, mail.body, Date()])
    }

    /// Every message, oldest first.
    static func fetchAll(_ db: Database) throws -> [OutboxMessage] {
        try Row.fetchAll(db, sql: "SELECT id, kind, recipient, subject, body, created_at FROM outbox ORDER BY id")
            .map { row in
                OutboxMessage(
                    id: row["id"], kind: Kind(rawValue: row["kind"]) ?? .invitation,
                    recipient: row["recipient"], subject: row["subject"], body: row["body"],
                    createdAt: row["created_at"])
            }
    }
}
