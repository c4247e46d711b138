/// What a confirmation dialog does when the answer is yes.
public enum ConfirmedAction: Hashable, Sendable {
    case delete(User)
    case resetPassword(User)
    /// Save the role editor below the dialog (an empty set, your own admin role, or a bulk change).
    case saveRoles(RoleEditor)
}
