/// A member with their roles, as `getMe` and `getUser` return it.
public struct UserDetails: Codable, Hashable, Sendable, Identifiable {
    public var user: User
    public var roles: Set<Role>

    public init(user: User, roles: Set<Role>) {
        self.user = user
        self.roles = roles
    }

    public var id: String { user.id }
    public var name: String { user.name }
    public var email: String { user.email }
}
