/// One user's role set before and after a change, for saving, reporting and undo.
struct RoleChange: Hashable, Sendable {
    var user: User
    var before: Set<Role>
    var after: Set<Role>

    init(user: User, before: Set<Role>, after: Set<Role>) {
        self.user = user
        self.before = before
        self.after = after
    }

    /// The change that takes this one back.
    var reversed: RoleChange { RoleChange(user: user, before: after, after: before) }
}
