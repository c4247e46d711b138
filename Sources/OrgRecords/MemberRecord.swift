import OrgModel

/// A member's row with their roles and connection, as every store's operations read and write it.
public struct MemberRecord: Hashable, Sendable {
    /// The row's key in the store's member table, which its role table refers to.
    public var seq: Int64
    public var details: UserDetails
    public var connection: Connection

    public init(seq: Int64, details: UserDetails, connection: Connection) {
        self.seq = seq
        self.details = details
        self.connection = connection
    }

    /// The member as JSON for the audit log: id, name, email, connection and roles.
    public var auditJSON: String { AuditEntry.memberJSON(details, connection: connection) }
}
