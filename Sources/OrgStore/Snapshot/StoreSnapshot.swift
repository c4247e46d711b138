import Foundation

/// Every row of a local store, read in one read transaction (so a consistent snapshot even while another
/// process writes): what `orgtui store copy` carries to PostgreSQL. Values are kept as the store holds them.
public struct StoreSnapshot: Sendable {
    /// The organization's row.
    public struct OrganizationRow: Sendable {
        public var id, name, shortName, meID: String
        public var createdAt, updatedAt: Date
    }

    /// A member, with their roles (names, sorted) and connection.
    public struct MemberRow: Sendable {
        public var id, name, email, connection: String
        public var roles: [String]
    }

    /// An access token: its hash only, never a secret.
    public struct TokenRow: Sendable {
        public var id, userID, email, name, secretHash: String
        public var createdAt: Date
    }

    /// A pending invitation; `roles` as the store writes it (comma-separated).
    public struct InvitationRow: Sendable {
        public var email, name, roles, connection, invitedBy: String
        public var invitedAt: Date
    }

    /// A message of the outbox.
    public struct OutboxRow: Sendable {
        public var id: Int64
        public var kind, recipient, subject, body: String
        public var createdAt: Date
    }

    /// An audit entry as stored (the action as its name).
    public struct AuditEntryRow: Sendable {
        public var id: Int64
        public var time: Date
        public var actor, action, target: String
        public var before, after: String?
    }

    public var organization: OrganizationRow
    /// Members in the order of their rows.
    public var members: [MemberRow]
    public var tokens: [TokenRow]
    public var invitations: [InvitationRow]
    public var outbox: [OutboxRow]
    /// The audit log, oldest first, with its ids.
    public var audit: [AuditEntryRow]

    /// How many rows each table holds, by the names `orgtui store copy` prints, in its order.
    public var counts: [(table: String, rows: Int)] {
        [
            ("organization", 1), ("users", members.count), ("roles", members.reduce(0) { $0 + $1.roles.count }),
            ("tokens", tokens.count), ("invitations", invitations.count), ("outbox", outbox.count),
            ("audit", audit.count),
        ]
    }
}
