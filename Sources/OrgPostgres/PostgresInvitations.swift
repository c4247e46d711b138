import Foundation
import Logging
import OrgModel
import OrgRecords
import PostgresNIO

/// The PostgreSQL store's pending invitations: the same rows and order as the SQLite store's.
enum PostgresInvitations {
    /// The pending invitation to `email` (compared without case), or nil.
    static func fetch(_ connection: PostgresConnection, email: String, logger: Logger) async throws
        -> PendingInvitation?
    {
        if email.holdsNUL { return nil }
        return try await rows(
            connection,
            """
            SELECT email, name, roles, connection, invited_by, invited_at FROM invitation
            WHERE lower(email) = lower(\(email))
            """, logger: logger
        ).first
    }

    /// A page of the pending invitations, oldest first, and how many are pending.
    static func page(_ connection: PostgresConnection, _ query: InvitationQuery, logger: Logger) async throws
        -> InvitationPage
    {
        let paging = query.paging
        let count =
            try await connection.query("SELECT count(*) FROM invitation", logger: logger).first(Int.self) ?? 0
        guard paging.effectivePageSize > 0, paging.offset < count else {
            return InvitationPage(count: count, items: [])
        }
        let items = try await rows(
            connection,
            """
            SELECT email, name, roles, connection, invited_by, invited_at FROM invitation
            ORDER BY invited_at, email LIMIT \(paging.effectivePageSize) OFFSET \(paging.offset)
            """, logger: logger)
        return InvitationPage(count: count, items: items)
    }

    /// Removes the pending invitation to `email` (compared without case), in the caller's transaction.
    static func delete(_ connection: PostgresConnection, email: String, logger: Logger) async throws {
        try await connection.query("DELETE FROM invitation WHERE lower(email) = lower(\(email))", logger: logger)
    }

    private static func rows(_ connection: PostgresConnection, _ query: PostgresQuery, logger: Logger) async throws
        -> [PendingInvitation]
    {
        var items: [PendingInvitation] = []
        let rows = try await connection.query(query, logger: logger)
        for try await (email, name, roles, kind, invitedBy, invitedAt) in rows.decode(
            (String, String, String, String, String, Date).self)
        {
            items.append(
                PendingInvitation(
                    email: email, name: name, roles: roles, connection: kind, invitedBy: invitedBy,
                    invitedAt: invitedAt))
        }
        return items
    }
}
