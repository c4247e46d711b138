import Foundation

/// The rows of a `StoreSnapshot`, one type for each table, with values as the store keeps them.
public enum SnapshotRow {
    /// The organization's row.
    public struct Organization: Sendable {
        public var id, name, shortName, meID: String
        public var createdAt, updatedAt: Date

        public init(id: String, name: String, shortName: String, meID: String, createdAt: Date, updatedAt: Date) {
            (self.id, self.name, self.shortName, self.meID) = (id, name, shortName, meID)
            (self.createdAt, self.updatedAt) = (createdAt, updatedAt)
        }
    }

    /// A member, with their roles (names, sorted) and connection.
    public struct Member: Sendable {
        public var id, name, email, connection: String
        public var roles: [String]

        public init(id: String, name: String, email: String, connection: String, roles: [String]) {
            (self.id, self.name, self.email, self.connection, self.roles) = (id, name, email, connection, roles)
        }
    }

    /// An access token: its hash only, never a secret.
    public struct Token: Sendable {
        public var id, userID, email, name, secretHash: String
        public var createdAt: Date

        public init(id: String, userID: String, email: String, name: String, secretHash: String, createdAt: Date) {
            (self.id, self.userID, self.email, self.name) = (id, userID, email, name)
            (self.secretHash, self.createdAt) = (secretHash, createdAt)
        }
    }

    /// A pending invitation; `roles` as the store writes it (comma-separated).
    public struct Invitation: Sendable {
        public var email, name, roles, connection, invitedBy: String
        public var invitedAt: Date

        public init(email: String, name: String, roles: String, connection: String, invitedBy: String, invitedAt: Date)
        {
            (self.email, self.name, self.roles, self.connection) = (email, name, roles, connection)
            (self.invitedBy, self.invitedAt) = (invitedBy, invitedAt)
        }
    }

    /// A message of the outbox.
    public struct Message: Sendable {
        public var id: Int64
        public var kind, recipient, subject, body: String
        public var createdAt: Date

        public init(id: Int64, kind: String, recipient: String, subject: String, body: String, createdAt: Date) {
            (self.id, self.kind, self.recipient) = (id, kind, recipient)
            (self.subject, self.body, self.createdAt) = (subject, body, createdAt)
        }
    }

    /// An audit entry as stored (the action as its name).
    public struct Audit: Sendable {
        public var id: Int64
        public var time: Date
        public var actor, action, target: String
        public var before, after: String?
        /// The names and emails recorded for the actor and the target, where known.
        public var actorName, actorEmail, targetName, targetEmail: String?

        public init(
            id: Int64, time: Date, actor: String, action: String, target: String, before: String?, after: String?,
            actorName: String? = nil, actorEmail: String? = nil, targetName: String? = nil, targetEmail: String? = nil
        ) {
            (self.id, self.time, self.actor, self.action) = (id, time, actor, action)
            (self.target, self.before, self.after) = (target, before, after)
            (self.actorName, self.actorEmail, self.targetName, self.targetEmail) = (
                actorName, actorEmail, targetName, targetEmail
            )
        }
    }
}
