import OrgModel

/// An overview of a store: who it is for and what it holds.
public struct StoreSummary: Hashable, Sendable {
    public var organization: Organization
    /// The identity the store was created for.
    public var me: UserDetails
    public var userCount: Int
    /// How many users hold each role (a user with two roles counts twice).
    public var roleCounts: [Role: Int]
    /// How many users sign in through each connection.
    public var connectionCounts: [Connection: Int]
    public var pendingInvitations: Int
    /// How many emails the outbox holds.
    public var outboxSize: Int
}
