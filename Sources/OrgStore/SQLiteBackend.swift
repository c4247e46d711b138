import Foundation
import GRDB
import OrgModel
import OrgRecords

/// The local SQLite store as a `Backend` for one member: every rule of contract.md (`OrganizationRules`),
/// enforced for that member's roles. Every change appends its audit entry, and every email its outbox message, in the same
/// transaction as the change.
public struct SQLiteBackend: Backend {
    let store: SQLiteStore
    /// The id of the member this backend acts as.
    public let actorID: String

    // A single-row read costs less than handing it to a reader's queue and back: read in place.
    public func getOrganization() async throws(BackendError) -> Organization {
        try store.readInPlace { db in
            _ = try actor(db, needs: .readOrganization)
            return try Organization.fetch(db)
        }
    }

    public func getMe() async throws(BackendError) -> UserDetails {
        try store.readInPlace { db in try actor(db, needs: .readUsers).details }
    }

    public func updateMe(_ update: UserUpdate) async throws(BackendError) -> User {
        try await store.write { db in
            let me = try actor(db, needs: .updateMe)
            try update.check(signingInWith: me.connection)
            let user = update.applied(to: me.details.user)
            if user.email != me.details.user.email, let owner = try MemberRecord.id(ofEmail: user.email, db),
                owner != user.id
            {
                throw UserUpdate.emailTaken(user.email)
            }
            guard user != me.details.user else { return user }
            try db.execute(
                sql: "UPDATE member SET name = ?, email = ?, name_key = ?, search_key = ? WHERE id = ?",
                arguments: [user.name, user.email, User.sortKey(user.name), NameFold.key(user.name), user.id])
            var after = me
            after.details.user = user
            try AuditEntry.append(db, .profileUpdate(by: me, to: after))
            return user
        }
    }

    /// A page of the whole order costs about the same at any offset, less than handing it to a reader's
    /// queue and back, so it is read in place; a search can take longer, so it goes to a reader's queue, and
    /// its count, once found, is kept until the store changes (`SQLiteStore.counts`), as are the sorted
    /// matches a deep page of a search needed (`KeptOrders`).
    public func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage {
        if query.nameSearch == nil, !query.hasExtensions {
            return try store.readInPlace { db in
                try check(db, query)
                return try UserOrder.page(db, offset: query.offset, limit: query.effectivePageSize)
            }
        }
        let version = try store.changes.version()
        let known = store.counts.value(for: query.counting, at: version)
        let orders = KeptOrders(cache: store.orders, version: version)
        let answer = try await store.read { db in
            try check(db, query)
            if let term = query.nameSearch, !query.hasExtensions {
                return try UserSearch.page(
                    db, term: term, offset: query.offset, limit: query.effectivePageSize, count: known, orders: orders)
            }
            return try UserFilter.page(db, query, count: known)
        }
        store.counts.insert(answer.count, for: query.counting, at: version)
        return answer
    }

    /// Refuses a member who may not list users, and a query our backends refuse.
    private func check(_ db: Database, _ query: UserQuery) throws {
        _ = try actor(db, needs: .readUsers)
        if let problem = query.problem { throw BackendError.invalid(problem) }
    }

    /// The store's data version, on a connection of its own that never writes: it moves with every commit.
    public func changeCounter() async throws(BackendError) -> Int? {
        try store.changes.version()
    }

    public func getUser(id: String) async throws(BackendError) -> UserDetails {
        try store.readInPlace { db in
            _ = try actor(db, needs: .readUsers)
            return try target(db, id).details
        }
    }

    public func deleteUser(id: String) async throws(BackendError) {
        try await store.write { db in
            let me = try actor(db, needs: .deleteUser)
            let user = try target(db, id)
            try OrganizationRules.checkDeletion(of: user.details, by: me.details.id)
            try OrganizationRules.checkLastAdmin(user.details, leaving: nil) { try MemberRecord.adminCount(db) }
            try db.execute(sql: "DELETE FROM member WHERE id = ?", arguments: [id])
            try AuditEntry.append(db, .deletion(of: user, by: me))
        }
    }

    public func resetPassword(id: String) async throws(BackendError) {
        try await store.write { db in
            let me = try actor(db, needs: .resetPassword)
            let user = try target(db, id)
            try OrganizationRules.checkPasswordReset(of: user.details, connection: user.connection)
            try OutboxMessage.append(db, .passwordReset(user.details))
            try AuditEntry.append(db, .passwordReset(of: user, by: me))
        }
    }

    public func setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?) async throws(BackendError) {
        try await store.write { db in
            let me = try actor(db, needs: .setRoles)
            try OrganizationRules.checkRoles(roles)
            let user = try target(db, id)
            try OrganizationRules.checkBasis(basedOn, current: user.details.roles)
            try OrganizationRules.checkLastAdmin(user.details, leaving: roles) { try MemberRecord.adminCount(db) }
            try MemberRecord.setRoles(db, seq: user.seq, roles: roles)
            var after = user
            after.details.roles = roles
            try AuditEntry.append(db, .roles(of: user, to: after, by: me))
        }
    }

    public func inviteUser(_ invitation: Invitation) async throws(BackendError) {
        try await store.write { db in
            let me = try actor(db, needs: .inviteUser)
            try OrganizationRules.checkInvitation(invitation)
            try OrganizationRules.checkInvitee(
                invitation.email, isMember: MemberRecord.id(ofEmail: invitation.email, db) != nil,
                isInvited: PendingInvitation.fetch(db, email: invitation.email) != nil)
            try PendingInvitation.insert(db, invitation, invitedBy: me.details.id)
            try OutboxMessage.append(db, .invitation(invitation))
            let pending = PendingInvitation(invitation: invitation, invitedBy: me.details.id, invitedAt: .now)
            try AuditEntry.append(db, .invitation(pending, by: me))
        }
    }

    /// A page of the audit log, newest first, optionally about one user; admins only.
    public func listAudit(_ query: AuditQuery) async throws(BackendError) -> AuditPage {
        try await store.read { db in
            _ = try actor(db, needs: .readAudit)
            if let problem = query.problem { throw BackendError.invalid(problem) }
            return try AuditEntry.page(db, query)
        }
    }

    /// A page of the pending invitations, oldest first; admins only.
    public func listInvitations(_ query: InvitationQuery) async throws(BackendError) -> InvitationPage {
        try await store.read { db in
            _ = try actor(db, needs: .readInvitations)
            if let problem = query.paging.problem { throw BackendError.invalid(problem) }
            return try PendingInvitation.page(db, query)
        }
    }

    /// Withdraws the pending invitation to `email`, recording it in the audit log; admins only.
    public func revokeInvitation(email: String) async throws(BackendError) {
        try await store.write { db in
            let me = try actor(db, needs: .revokeInvitation)
            let pending = try PendingInvitation.fetch(db, email: email)
            try OrganizationRules.checkRevocation(email, isInvited: pending != nil)
            guard let pending else { return }
            try PendingInvitation.delete(db, email: pending.invitation.email)
            try AuditEntry.append(db, .revocation(pending, by: me))
        }
    }

    /// The acting member, who must exist (else 401) and hold `permission` (else 403).
    private func actor(_ db: Database, needs permission: Permission) throws -> MemberRecord {
        guard let me = try MemberRecord.fetch(db, id: actorID) else { throw BackendError.unauthorized }
        guard permission.isAllowed(for: me.details.roles) else { throw BackendError.forbidden }
        return me
    }

    /// The user `id`, who must exist (else 404).
    private func target(_ db: Database, _ id: String) throws -> MemberRecord {
        guard let user = try MemberRecord.fetch(db, id: id) else { throw BackendError.notFound }
        return user
    }
}
