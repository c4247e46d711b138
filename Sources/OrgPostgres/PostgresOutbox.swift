import Foundation
import Logging
import OrgRecords
import PostgresNIO

/// The emails the platform would send, written to the PostgreSQL store's outbox instead.
enum PostgresOutbox {
    /// A message the platform would email, written to the outbox in the caller's transaction.
    static func append(_ connection: PostgresConnection, _ mail: OutboxMessage.Draft, logger: Logger) async throws {
        try await connection.query(
            """
            INSERT INTO outbox (kind, recipient, subject, body, created_at)
            VALUES (\(mail.kind.rawValue), \(mail.recipient), \(mail.subject), \(mail.body), \(Date()))
            """, logger: logger)
    }
}
