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

    /// The key users are ordered by (then by id), and a name search matches in: the name without regard to
    /// case, as every store keeps it.
    public static func sortKey(_ name: String) -> String {
        name.lowercased()
    }
}
