/// One page of the user list and the number of users that match across all pages.
public struct UserPage: Codable, Hashable, Sendable {
    public var count: Int
    public var items: [User]

    public init(count: Int, items: [User]) {
        self.count = count
        self.items = items
    }
}
