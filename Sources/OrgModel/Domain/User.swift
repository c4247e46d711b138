/// A member of the organization, as listed: no roles.
public struct User: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var email: String

    public init(id: String, name: String, email: String) {
        self.id = id
        self.name = name
        self.email = email
    }
}
