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

    public init(id: Int64, kind: Kind, recipient: String, subject: String, body: String, createdAt: Date) {
        (self.id, self.kind, self.recipient) = (id, kind, recipient)
        (self.subject, self.body, self.createdAt) = (subject, body, createdAt)
    }
}
