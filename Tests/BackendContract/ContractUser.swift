import OrgModel

/// A member the backend under test must hold before each check.
public struct ContractUser: Hashable, Sendable {
    public var id: String
    public var name: String
    public var email: String
    public var roles: Set<Role>
    public var connection: Connection

    public init(id: String, name: String, email: String, roles: Set<Role>, connection: Connection) {
        self.id = id
        self.name = name
        self.email = email
        self.roles = roles
        self.connection = connection
    }

    /// The member as `listUsers` returns them.
    public var user: User { User(id: id, name: name, email: email) }
    /// The member as `getUser` returns them.
    public var details: UserDetails { UserDetails(user: user, roles: roles) }
}
