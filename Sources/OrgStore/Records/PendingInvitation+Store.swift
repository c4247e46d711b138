import Foundation
import GRDB
import OrgModel
import OrgRecords

extension PendingInvitation {
    /// The pending invitation for this email (compared without case), or nil.
    static func fetch(_ db: Database, email: String) throws -> PendingInvitation? {
        if email.holdsNUL { return nil }
        return try Row.fetchOne(db, sql: "\(select) WHERE email = ?", arguments: [email]).map(Self.init(row:))
    }

    /// Every pending invitation, oldest first.
    static func fetchAll(_ db: Database) throws -> [PendingInvitation] {
        try Row.fetchAll(db, sql: "\(select) ORDER BY invited_at, email").map(Self.init(row:))
    }

    /// A page of the pending invitations, oldest first, and how many are pending.
    static func page(_ db: Database, _ query: InvitationQuery) throws -> InvitationPage {
        let paging = query.paging
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM invitation") ?? 0
        guard paging.effectivePageSize > 0, paging.offset < count else {
            return InvitationPage(count: count, items: [])
        }
        let rows = try Row.fetchAll(
            db, sql: "\(select) ORDER BY invited_at, email LIMIT ? OFFSET ?",
            arguments: [paging.effectivePageSize, paging.offset])
        return InvitationPage(count: count, items: rows.map(Self.init(row:)))
    }

    /// Records the invitation as pending, in the caller's transaction.
    static func insert(_ db: Database, _ invitation: Invitation, invitedBy: String) throws {
        try db.execute(
            sql: """
                INSERT INTO invitation (email, name, roles, connection, invited_by, invited_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                invitation.email, invitation.name, invitation.roles.label, invitation.connection.rawValue,
                invitedBy, Date(),
            ])
    }

    /// Removes the pending invitation for this email.
    static func delete(_ db: Database, email: String) throws {
        try db.execute(sql: "DELETE FROM invitation WHERE email = ?", arguments: [email])
    }

    private static let select = "SELECT email, name, roles, connection, invited_by, invited_at FROM invitation"

    private init(row: Row) {
        self.init(
            email: row["email"], name: row["name"], roles: row["roles"], connection: row["connection"],
            invitedBy: row["invited_by"], invitedAt: row["invited_at"])
    }
}
