import Foundation
import Logging
import OrgModel
import OrgRecords
import PostgresNIO

/// The PostgreSQL store as a `Backend` for one member, with the SQLite store's semantics (`SQLiteBackend`):
/// every rule of contract.md (`OrganizationRules`), enforced for that member's roles. Every change appends its audit entry, and
/// every email its outbox message, in the same transaction as the change; writes are applied one at a time
/// across processes (see `PostgresStore`).
public struct PostgresBackend: Backend {
    let store: PostgresStore
    /// The id of the member this backend acts as.
    public let actorID: String

    private var logger: Logger { store.logger }

    public func getOrganization() async throws(BackendError) -> Organization {
        try await store.read { connection in
            _ = try await actor(connection, needs: .readOrganization)
            guard
                let (id, name, shortName, created, updated) = try await connection.query(
                    "SELECT id, name, short_name, created_at, updated_at FROM organization", logger: logger
                ).collect().first?.decode((String, String, String, Date, Date).self)
            else { throw BackendError.unusableStore("The database has no organization row; it is damaged.") }
            return Organization(id: id, name: name, shortName: shortName, createdAt: created, updatedAt: updated)
        }
    }

    public func getMe() async throws(BackendError) -> UserDetails {
        try await store.read { connection in try await actor(connection, needs: .readUsers).details }
    }

    public func updateMe(_ update: UserUpdate) async throws(BackendError) -> User {
        try await store.write { connection in
            let me = try await actor(connection, needs: .updateMe)
            try update.check(signingInWith: me.connection)
            let user = update.applied(to: me.details.user)
            if user.email != me.details.user.email,
                let owner = try await MemberRecord.id(ofEmail: user.email, connection, logger: logger),
                owner != user.id
            {
                throw UserUpdate.emailTaken(user.email)
            }
            guard user != me.details.user else { return user }
            try await connection.query(
                """
                UPDATE member SET name = \(user.name), email = \(user.email),
                                  name_key = \(User.sortKey(user.name)), search_key = \(NameFold.key(user.name))
                WHERE id = \(user.id)
                """, logger: logger)
            var after = me
            after.details.user = user
            try await PostgresAudit.append(connection, .profileUpdate(by: me, to: after), logger: logger)
            return user
        }
    }

    /// A search's or filter's count, once found, is kept until the change counter moves (`PostgresStore.counts`):
    /// the page statement reads the counter in its own snapshot, so a kept count is used only when it held, and
    /// a filtered page costs one statement as an unfiltered one does.
    public func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage {
        try await store.read { connection in
            _ = try await actor(connection, needs: .readUsers)
            if let problem = query.problem { throw BackendError.invalid(problem) }
            let (offset, limit) = (query.offset, query.effectivePageSize)
            guard query.hasExtensions || query.nameSearch != nil else {
                return try await PostgresUserOrder.page(connection, offset: offset, limit: limit, logger: logger)
            }
            if let term = query.nameSearch, !query.hasExtensions, offset >= PostgresUserSearch.deepOffset {
                let orders = KeptOrders(cache: store.orders, version: try await Self.changeCounter(connection, logger))
                return try await PostgresUserSearch.deepPage(
                    connection, term: term, offset: offset, limit: limit, orders: orders, logger: logger)
            }
            let key = query.counting
            let guess = store.counts.latest(for: key)
            func page(_ known: Int?) async throws -> (version: Int?, page: UserPage) {
                if let term = query.nameSearch, !query.hasExtensions {
                    let (version, page) = try await PostgresUserSearch.page(
                        connection, term: term, offset: offset, limit: limit, count: known, logger: logger)
                    return (version, page)
                }
                return try await PostgresUserFilter.page(connection, query, count: known, logger: logger)
            }
            var answer = try await page(guess?.value)
            if let guess, let version = answer.version, version != guess.version { answer = try await page(nil) }
            if let version = answer.version { store.counts.insert(answer.page.count, for: key, at: version) }
            return answer.page
        }
    }

    public func changeCounter() async throws(BackendError) -> Int? {
        try await store.read { connection in try await Self.changeCounter(connection, logger) }
    }

    /// The change counter, which every write's transaction moves.
    private static func changeCounter(_ connection: PostgresConnection, _ logger: Logger) async throws -> Int {
        try await connection.query("SELECT value FROM change_counter", logger: logger).first(Int.self) ?? 0
    }

    public func getUser(id: String) async throws(BackendError) -> UserDetails {
        try await store.read { connection in
            _ = try await actor(connection, needs: .readUsers)
            return try await target(connection, id).details
        }
    }

    public func deleteUser(id: String) async throws(BackendError) {
        try await store.write { connection in
            let me = try await actor(connection, needs: .deleteUser)
            let user = try await target(connection, id)
            try OrganizationRules.checkDeletion(of: user.details, by: me.details.id)
            try await OrganizationRules.checkLastAdmin(user.details, leaving: nil) {
                try await MemberRecord.adminCount(connection, logger: logger)
            }
            try await connection.query("DELETE FROM member WHERE id = \(id)", logger: logger)
            try await PostgresAudit.append(connection, .deletion(of: user, by: me), logger: logger)
        }
    }

    public func resetPassword(id: String) async throws(BackendError) {
        try await store.write { connection in
            let me = try await actor(connection, needs: .resetPassword)
            let user = try await target(connection, id)
            try OrganizationRules.checkPasswordReset(of: user.details, connection: user.connection)
            try await PostgresOutbox.append(connection, .passwordReset(user.details), logger: logger)
            try await PostgresAudit.append(connection, .passwordReset(of: user, by: me), logger: logger)
        }
    }

    public func setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?) async throws(BackendError) {
        try await store.write { connection in
            let me = try await actor(connection, needs: .setRoles)
            try OrganizationRules.checkRoles(roles)
            let user = try await target(connection, id)
            try OrganizationRules.checkBasis(basedOn, current: user.details.roles)
            try await OrganizationRules.checkLastAdmin(user.details, leaving: roles) {
                try await MemberRecord.adminCount(connection, logger: logger)
            }
            try await MemberRecord.setRoles(connection, seq: user.seq, roles: roles, logger: logger)
            var after = user
            after.details.roles = roles
            try await PostgresAudit.append(connection, .roles(of: user, to: after, by: me), logger: logger)
        }
    }

    public func inviteUser(_ invitation: Invitation) async throws(BackendError) {
        try await store.write { connection in
            let me = try await actor(connection, needs: .inviteUser)
            try OrganizationRules.checkInvitation(invitation)
            let member = try await MemberRecord.id(ofEmail: invitation.email, connection, logger: logger)
            let invited = try await connection.query(
                "SELECT count(*) FROM invitation WHERE lower(email) = lower(\(invitation.email))", logger: logger
            ).first(Int.self)
            try OrganizationRules.checkInvitee(invitation.email, isMember: member != nil, isInvited: invited ?? 0 > 0)
            let now = Date()
            try await connection.query(
                """
                INSERT INTO invitation (email, name, roles, connection, invited_by, invited_at)
                VALUES (\(invitation.email), \(invitation.name), \(invitation.roles.label),
                        \(invitation.connection.rawValue), \(me.details.id), \(now))
                """, logger: logger)
            try await PostgresOutbox.append(connection, .invitation(invitation), logger: logger)
            let pending = PendingInvitation(invitation: invitation, invitedBy: me.details.id, invitedAt: now)
            try await PostgresAudit.append(connection, .invitation(pending, by: me), logger: logger)
        }
    }

    /// A page of the audit log, newest first, optionally about one user; admins only.
    public func listAudit(_ query: AuditQuery) async throws(BackendError) -> AuditPage {
        try await store.read { connection in
            _ = try await actor(connection, needs: .readAudit)
            if let problem = query.problem { throw BackendError.invalid(problem) }
            return try await PostgresAudit.page(connection, query, logger: logger)
        }
    }

    /// A page of the pending invitations, oldest first; admins only.
    public func listInvitations(_ query: InvitationQuery) async throws(BackendError) -> InvitationPage {
        try await store.read { connection in
            _ = try await actor(connection, needs: .readInvitations)
            if let problem = query.paging.problem { throw BackendError.invalid(problem) }
            return try await PostgresInvitations.page(connection, query, logger: logger)
        }
    }

    /// Withdraws the pending invitation to `email`, recording it in the audit log; admins only.
    public func revokeInvitation(email: String) async throws(BackendError) {
        try await store.write { connection in
            let me = try await actor(connection, needs: .revokeInvitation)
            let pending = try await PostgresInvitations.fetch(connection, email: email, logger: logger)
            try OrganizationRules.checkRevocation(email, isInvited: pending != nil)
            guard let pending else { return }
            try await PostgresInvitations.delete(connection, email: email, logger: logger)
            try await PostgresAudit.append(connection, .revocation(pending, by: me), logger: logger)
        }
    }

    /// The acting member, who must exist (else 401) and hold `permission` (else 403).
    private func actor(_ connection: PostgresConnection, needs permission: Permission) async throws
        -> MemberRecord
    {
        guard let me = try await MemberRecord.fetch(connection, id: actorID, logger: logger) else {
            throw BackendError.unauthorized
        }
        guard permission.isAllowed(for: me.details.roles) else { throw BackendError.forbidden }
        return me
    }

    /// The member `id`, who must exist (else 404).
    private func target(_ connection: PostgresConnection, _ id: String) async throws -> MemberRecord {
        guard let user = try await MemberRecord.fetch(connection, id: id, logger: logger) else {
            throw BackendError.notFound
        }
        return user
    }
}
