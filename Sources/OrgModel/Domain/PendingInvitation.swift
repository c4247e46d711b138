import Foundation

/// An invitation that nobody has accepted or withdrawn yet, as a store keeps it.
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
}

extension PendingInvitation {
    /// The question asked before withdrawing the invitation to `email`.
    public static func revokeQuestion(_ email: String) -> String {
        "Revoke the invitation to \(email)? They can no longer join with it."
    }
}
