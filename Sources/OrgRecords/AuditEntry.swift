import Foundation

/// One change recorded in the store's append-only audit log.
public struct AuditEntry: Hashable, Sendable, Identifiable {
    /// The kind of change.
    public enum Action: String, Hashable, Sendable, CaseIterable {
        case invite, setRoles = "set-roles", delete, updateMe = "update-me", resetPassword = "reset-password"
        case accept, importMembers = "import", revokeInvitation = "revoke-invitation"
    }

    public var id: Int64
    public var time: Date
    /// The id of the user who made the change.
    public var actor: String
    public var action: Action
    /// The user id or email the change is about.
    public var target: String
    /// The target's state before the change, as JSON, or nil when it did not exist.
    public var before: String?
    /// The target's state after the change, as JSON, or nil when it no longer exists.
    public var after: String?
    /// The name and email of the actor when the change was made, where known.
    public var actorName, actorEmail: String?
    /// The name and email of the target when the change was made, where known.
    public var targetName, targetEmail: String?

    public init(
        id: Int64, time: Date, actor: String, action: Action, target: String, before: String?, after: String?,
        actorName: String? = nil, actorEmail: String? = nil, targetName: String? = nil, targetEmail: String? = nil
    ) {
        (self.id, self.time, self.actor, self.action) = (id, time, actor, action)
        (self.target, self.before, self.after) = (target, before, after)
        (self.actorName, self.actorEmail, self.targetName, self.targetEmail) = (
            actorName, actorEmail, targetName, targetEmail
        )
    }
}
