/// One visible row of the users table, as the renderer draws it.
public struct UserRow: Hashable, Sendable {
    /// The row's index in the whole result (0-based).
    public var index: Int
    /// The user, or nil while the row's page is loading.
    public var user: User?
    /// The user's roles, or nil while they are loading.
    public var roles: Set<Role>?
    public var isMarked: Bool
    public var isSelected: Bool
}
