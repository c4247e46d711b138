import Foundation
import OrgModel

extension PendingInvitation {
    /// The invitation as JSON for the audit log.
    public var auditJSON: String {
        AuditEntry.json([
            "email": invitation.email, "name": invitation.name, "roles": invitation.roles.label,
            "connection": invitation.connection.rawValue,
        ])
    }

    /// The invitation from a store's row: `roles` comma-separated, `connection` as stored (an unknown one reads
    /// as username-password).
    public init(
        email: String, name: String, roles: String, connection: String, invitedBy: String, invitedAt: Date
    ) {
        self.init(
            invitation: Invitation(
                email: email, name: name,
                roles: Set(roles.split(separator: ",").compactMap { Role(rawValue: String($0)) }),
                connection: Connection(rawValue: connection) ?? .usernamePassword),
            invitedBy: invitedBy, invitedAt: invitedAt)
    }
}
