import OrgModel

/// A user to put into a store directly (the store's admin, an import, the demo generator).
public struct MemberSeed: Hashable, Sendable {
    /// The user's id; nil lets the store make one in Auth0's shape for the connection.
    public var id: String?
    public var name: String
    public var email: String
    public var roles: Set<Role>
    public var connection: Connection

    public init(id: String? = nil, name: String, email: String, roles: Set<Role>, connection: Connection) {
        self.id = id
        self.name = name
        self.email = email
        self.roles = roles
        self.connection = connection
    }

    /// Why the store refuses this member (422), or nil when it is acceptable.
    public var problem: String? {
        Validation.nameProblem(name) ?? Validation.emailProblem(email) ?? Validation.rolesProblem(roles)
    }

    /// Refuses (422) an import with an invalid member, naming the first one's email.
    public static func check(_ members: [MemberSeed]) throws(BackendError) {
        for member in members {
            if let problem = member.problem { throw .invalid("\(member.email): \(problem)") }
        }
    }

    /// An id in Auth0's shape: `auth0|` and 24 hex digits for username-password users,
    /// `google-oauth2|` and 21 decimal digits for Google users.
    public static func makeID(
        for connection: Connection, using generator: inout some RandomNumberGenerator
    ) -> String {
        switch connection {
        case .usernamePassword:
            "auth0|" + String((0..<24).map { _ in hexDigits.randomElement(using: &generator)! })
        case .googleOAuth2:
            "google-oauth2|"
                + String((0..<21).map { i in (i == 0 ? nonZeroDigits : digits).randomElement(using: &generator)! })
        }
    }

    /// An id in Auth0's shape from the system's random source.
    public static func makeID(for connection: Connection) -> String {
        var generator = SystemRandomNumberGenerator()
        return makeID(for: connection, using: &generator)
    }

    private static let hexDigits = Array("0123456789abcdef")
    private static let digits = Array("0123456789")
    private static let nonZeroDigits = Array("123456789")
}
