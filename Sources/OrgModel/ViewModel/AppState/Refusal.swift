/// Why a key on the users table or a user's details cannot act now, for the status line, so that no key does
/// nothing silently: read-only mode, a profile not loaded yet, roles that do not allow it, the organization's
/// rules (in `OrganizationRules`' own words), or nothing to undo or redo. `reduce` asks it for a command that
/// `AppState.availableCommands` does not offer.
enum Refusal {
    /// The reason `command`, which `state` does not offer, cannot act; nil when it means nothing on this screen
    /// (it stays silent).
    static func reason(for command: Command, in state: AppState) -> String? {
        guard let permission = permission(for: command), let targets = targets(in: state) else { return nil }
        if state.readOnly, permission.isChange {
            return "orgtui runs read-only (--readonly): nothing can be changed in this session."
        }
        guard let me = state.me else {
            return "Your profile has not loaded yet, and nothing can be changed until it has: press r to retry."
        }
        guard state.allows(permission) else { return BackendError.forbidden.message }
        let others = targets.filter { $0.id != me.id }
        switch command {
        case .delete where others.isEmpty && !targets.isEmpty:
            return words(of: OrganizationRules.selfDeletion)
        case .resetPassword where others.isEmpty && !targets.isEmpty:
            return "You cannot send yourself a password reset: ask another admin to send you one."
        case .delete where state.bulk != nil, .resetPassword where state.bulk != nil:
            return "A change to several users is under way: press the key again once it is done."
        case .undo, .redo:
            if state.bulk != nil || state.history.running != nil {
                return "A role change is under way: press \(command == .undo ? "u" : "U") again once it is answered."
            }
            return command == .undo ? "Nothing to undo." : "Nothing to redo."
        default:
            return nil
        }
    }

    /// The permission a command needs; nil for a command that changes nothing.
    private static func permission(for command: Command) -> Permission? {
        switch command {
        case .delete: .deleteUser
        case .resetPassword: .resetPassword
        case .editRoles, .mark, .undo, .redo: .setRoles
        case .invite: .inviteUser
        case .audit: .readAudit
        case .invitations: .readInvitations
        default: nil
        }
    }

    /// The users the screen's keys act on; nil on a screen without user keys (or while the query line has the
    /// keyboard).
    private static func targets(in state: AppState) -> [User]? {
        switch state.screen {
        case .users: state.search.isEditing ? nil : state.users.targets
        case .userDetails(let user): [user]
        default: nil
        }
    }

    /// A rule's refusal as the sentence a person reads, without the status code's word.
    private static func words(of refusal: BackendError) -> String {
        if case .conflict(let detail) = refusal { return detail }
        return refusal.message
    }
}
