import Foundation

/// An email that the platform would send, written to the store's outbox instead.
public struct OutboxMessage: Hashable, Sendable, Identifiable {
    /// What the email is for.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case invitation
        case passwordReset = "password-reset"
    }

    public var id: Int64
    public var kind: Kind
    public var recipient: String
    public var subject: String
    public var body: String
    public var createdAt: Date
}
