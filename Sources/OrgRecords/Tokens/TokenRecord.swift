import Foundation

/// A personal access token as the store keeps it: who it signs in as, never the secret.
public struct TokenRecord: Hashable, Sendable {
    /// The token's id, used to revoke it.
    public var id: String
    /// The member the token acts as.
    public var userID: String
    /// The email the token was issued for; the token reads `EMAIL:mpat_...`.
    public var email: String
    /// What the token is for, such as "ci" or "laptop".
    public var name: String
    public var createdAt: Date

    public init(id: String, userID: String, email: String, name: String, createdAt: Date) {
        self.id = id
        self.userID = userID
        self.email = email
        self.name = name
        self.createdAt = createdAt
    }
}
