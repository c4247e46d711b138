/// What a new store's organization is called.
public struct OrganizationSeed: Hashable, Sendable {
    /// The organization's display name, such as "Acme Robotics".
    public var name: String
    /// The organization's short name, such as "acme".
    public var shortName: String

    public init(name: String, shortName: String) {
        self.name = name
        self.shortName = shortName
    }
}
