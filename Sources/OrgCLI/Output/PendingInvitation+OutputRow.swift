import OrgAPI
import OrgModel
import OrgText

extension PendingInvitation: OutputRow {
    static let columns = ["invited_at", "email", "name", "roles", "connection", "invited_by"]

    var cells: [String] {
        [
            invitedAt.cliText, invitation.email, invitation.name, invitation.roles.label,
            invitation.connection.rawValue, invitedBy,
        ]
    }

    var wire: Components.Schemas.PendingInvitation { Components.Schemas.PendingInvitation(self) }
}
