import Foundation
import OrgModel

/// An invitation recorded in the store that nobody has accepted yet.
public struct PendingInvitation: Hashable, Sendable {
    /// The invitation as the admin sent it.
    public var invitation: Invitation
    /// The id of the admin who sent it.
    public var invitedBy: String
    /// When it was sent.
    public var invitedAt: Date

    public init(invitation: Invitation, invitedBy: String, invitedAt: Date) {
        self.invitation = invitation
        self.invitedBy = invitedBy
        self.invitedAt = invitedAt
    }

    /// The invitation as JSON for the audit log.
    public var auditJSON: String {
        AuditEntry.json([
            "email": invitation.email, "name": invitation.name, "roles": invitation.roles.label,
            "connection": invitation.connection.rawValue,
        ])
    }
}
