/// One user's role set before and after a change, for saving, reporting and undo.
public struct RoleChange: Hashable, Sendable {
    public var user: User
    public var before: Set<Role>
    public var after: Set<Role>

    public init(user: User, before: Set<Role>, after: Set<Role>) {
        self.user = user
        self.before = before
        self.after = after
    }

    /// The change that takes this one back.
    public var reversed: RoleChange { RoleChange(user: user, before: after, after: before) }
}
