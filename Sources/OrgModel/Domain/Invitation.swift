/// An invitation for someone to join the organization with the given roles.
public struct Invitation: Codable, Hashable, Sendable {
    public var email: String
    public var name: String
    public var roles: Set<Role>
    public var connection: Connection

    public init(email: String, name: String, roles: Set<Role>, connection: Connection = .googleOAuth2) {
        self.email = email
        self.name = name
        self.roles = roles
        self.connection = connection
    }

    /// Why the server would refuse this invitation (422), or nil when it is valid.
    public var problem: String? {
        Validation.emailProblem(email) ?? Validation.nameProblem(name) ?? Validation.rolesProblem(roles)
    }
}
