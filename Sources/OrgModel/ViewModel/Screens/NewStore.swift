/// A local store to create, as the first-run form has it: where, the organization's names, and its first
/// admin (you).
public struct NewStore: Hashable, Sendable {
    public var path: String
    public var organizationName: String
    public var shortName: String
    public var adminName: String
    public var adminEmail: String

    public init(path: String, organizationName: String, shortName: String, adminName: String, adminEmail: String) {
        self.path = path
        self.organizationName = organizationName
        self.shortName = shortName
        self.adminName = adminName
        self.adminEmail = adminEmail
    }
}
