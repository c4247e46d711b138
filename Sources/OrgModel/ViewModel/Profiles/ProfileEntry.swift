/// One saved profile as the profile list shows it: its name, where its organization is and whether a
/// token is saved for it (never the token).
public struct ProfileEntry: Hashable, Sendable {
    /// The profile's name.
    public var name: String
    /// Where its organization is, such as `API https://api.example.com/oum/v1` or `store /home/ada/acme.sqlite`.
    public var location: String
    /// Whether the credentials file keeps a token for it; nil for a store, which needs none.
    public var hasToken: Bool?

    public init(name: String, location: String, hasToken: Bool?) {
        self.name = name
        self.location = location
        self.hasToken = hasToken
    }
}
