extension PendingChange {
    /// What the status line says once the change is made; nil for a user's part of a bulk change, whose
    /// progress says it instead (`BulkProgress`).
    var succeeded: String? {
        switch self {
        case .roles(let change): "Roles of \(change.user.name): \(change.after.label). Press u to undo."
        case .delta, .part: nil
        case .delete(let user): "Deleted \(user.name) <\(user.email)>."
        case .resetPassword(let user): "Password reset email sent to \(user.email)."
        case .invite(let invitation):
            "Invited \(invitation.name) <\(invitation.email)> as \(invitation.roles.label). "
                + invitation.connection.inviteeInstructions
        case .updateMe: "Profile saved."
        }
    }

    /// What was not done when the change failed, said before the reason (a bulk change lists each user's
    /// reason in its summary instead).
    var failed: String {
        switch self {
        case .roles(let change): "The roles of \(change.user.name) were not saved"
        case .delta(let user, _): "The roles of \(user.name) were not changed"
        case .delete(let user): "\(user.name) was not deleted"
        case .resetPassword(let user): "No password reset sent to \(user.name)"
        case .invite: "Invitation not sent"
        case .updateMe: "Profile not saved"
        case .part(let change): change.failed
        }
    }

    /// The user whom the change is about, who is gone when the backend no longer knows them (404); nil for
    /// an invitation and for your own profile.
    var subject: User? {
        switch self {
        case .roles(let change): change.user
        case .delta(let user, _), .delete(let user), .resetPassword(let user): user
        case .invite, .updateMe: nil
        case .part(let change): change.subject
        }
    }
}
