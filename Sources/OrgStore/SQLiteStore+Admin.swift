import GRDB
import OrgModel
import OrgRecords

extension SQLiteStore {
    /// Turns the pending invitation for `email` into a member with its roles and connection, standing
    /// in for the invitee's registration; recorded in the audit log as done by "me", who must still be
    /// a member (else 401) and an admin (else 403).
    public func acceptInvitation(email: String) throws(BackendError) -> UserDetails {
        let meID = meID
        return try write { db in
            guard let me = try MemberRecord.fetch(db, id: meID) else { throw BackendError.unauthorized }
            guard Permission.inviteUser.isAllowed(for: me.details.roles) else { throw BackendError.forbidden }
            guard let pending = try PendingInvitation.fetch(db, email: email) else {
                throw BackendError.invalid("There is no pending invitation for \(email).")
            }
            let invitation = pending.invitation
            try OrganizationRules.checkNewMember(
                invitation.email, isMember: MemberRecord.id(ofEmail: invitation.email, db) != nil)
            let id = MemberSeed.makeID(for: invitation.connection)
            try MemberRecord.insert(
                db, id: id, name: invitation.name, email: invitation.email,
                roles: invitation.roles, connection: invitation.connection)
            try PendingInvitation.delete(db, email: invitation.email)
            guard let user = try MemberRecord.fetch(db, id: id) else { throw BackendError.notFound }
            try AuditEntry.append(db, .acceptance(pending, as: user, by: me))
            return user.details
        }
    }

    /// The invitations nobody has accepted yet, oldest first.
    public func pendingInvitations() throws(BackendError) -> [PendingInvitation] {
        try read(PendingInvitation.fetchAll)
    }

    /// The emails the platform would have sent, oldest first.
    public func outbox() throws(BackendError) -> [OutboxMessage] {
        try read(OutboxMessage.fetchAll)
    }

    /// The audit log, oldest first.
    public func auditLog() throws(BackendError) -> [AuditEntry] {
        try read(AuditEntry.fetchAll)
    }

    /// Who the store is for and what it holds.
    public func summary() throws(BackendError) -> StoreSummary {
        let meID = meID
        return try read { db in
            guard let me = try MemberRecord.fetch(db, id: meID) else { throw BackendError.unauthorized }
            var roleCounts: [Role: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT role, count(*) AS n FROM member_role GROUP BY role") {
                if let role = Role(rawValue: row["role"]) { roleCounts[role] = row["n"] }
            }
            var connectionCounts: [Connection: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT connection, count(*) AS n FROM member GROUP BY connection") {
                if let connection = Connection(rawValue: row["connection"]) { connectionCounts[connection] = row["n"] }
            }
            return StoreSummary(
                organization: try Organization.fetch(db), me: me.details, userCount: try UserOrder.count(db),
                roleCounts: roleCounts, connectionCounts: connectionCounts,
                pendingInvitations: try Int.fetchOne(db, sql: "SELECT count(*) FROM invitation") ?? 0,
                outboxSize: try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox") ?? 0)
        }
    }
}
