/// A user's role set just before and just after a change, as the backend had them.
public struct RoleTransition: Hashable, Sendable {
    public var before: Set<Role>
    public var after: Set<Role>

    public init(before: Set<Role>, after: Set<Role>) {
        self.before = before
        self.after = after
    }
}
