/// What a set of roles allows, per contract.md: admins do everything; every other member reads the
/// organization and the users, and edits their own profile only.
public enum Permission: Hashable, Sendable, CaseIterable {
    case readOrganization, readUsers, updateMe
    case setRoles, inviteUser, deleteUser, resetPassword
    /// Reading the audit log (an extension of `orgtui serve`).
    case readAudit
    /// Reading and withdrawing pending invitations (extensions of `orgtui serve`).
    case readInvitations, revokeInvitation

    /// Whether this changes the organization or a profile (never allowed in read-only mode).
    var isChange: Bool {
        switch self {
        case .readOrganization, .readUsers, .readAudit, .readInvitations: false
        case .updateMe, .setRoles, .inviteUser, .deleteUser, .resetPassword, .revokeInvitation: true
        }
    }

    /// Whether someone with `roles` may do this.
    public func isAllowed(for roles: Set<Role>) -> Bool {
        switch self {
        case .readOrganization, .readUsers, .updateMe: true
        case .setRoles, .inviteUser, .deleteUser, .resetPassword, .readAudit, .readInvitations, .revokeInvitation:
            roles.contains(.admin)
        }
    }
}
