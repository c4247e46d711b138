/// Roles to add and roles to remove: a bulk change in the role editor, or `orgtui users roles --add/--remove`.
/// It also describes any change from one role set to another, as `+admin -analyst`.
public struct RoleDelta: Hashable, Sendable {
    /// The roles to add.
    public var add: Set<Role>
    /// The roles to remove (a role in both sets ends up removed).
    public var remove: Set<Role>

    /// The delta that adds `add` and removes `remove`.
    public init(add: Set<Role> = [], remove: Set<Role> = []) {
        self.add = add
        self.remove = remove
    }

    /// The delta that turns `before` into `after`.
    public init(from before: Set<Role>, to after: Set<Role>) {
        self.init(add: after.subtracting(before), remove: before.subtracting(after))
    }

    /// `roles` with the additions, less the removals.
    public func applied(to roles: Set<Role>) -> Set<Role> {
        roles.union(add).subtracting(remove)
    }

    /// Whether it adds or removes nothing.
    public var isEmpty: Bool { add.isEmpty && remove.isEmpty }

    /// The change in short, such as `+admin -analyst` (additions first, each in the platform's order), or
    /// `no change`.
    public var description: String {
        let parts = add.ordered.map { "+\($0.rawValue)" } + remove.ordered.map { "-\($0.rawValue)" }
        return parts.isEmpty ? "no change" : parts.joined(separator: " ")
    }
}
