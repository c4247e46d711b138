import BackendContract
import Foundation
import GRDB
import OrgModel
@testable import OrgStore
import Testing

/// Every change leaves its audit entry and every email its outbox message; refused requests leave
/// neither; the audit log cannot be rewritten.
@Suite struct StoreAuditTests {
    let directory: TemporaryDirectory
    let store: SQLiteStore
    init() throws {
        directory = try TemporaryDirectory()
        store = try StoreFixtures.contractStore(at: directory.file("org.sqlite"))
    }

    @Test func everyChangeIsAuditedAndEveryEmailIsInTheOutbox() async throws {
        defer { directory.remove() }
        let admin = store.backend()
        let (member, google) = (ContractData.member, ContractData.google)
        let invitation = Invitation(
            email: "new@acme.test", name: "New Person", roles: [.analyst],
            connection: .usernamePassword)
        try await admin.inviteUser(invitation)
        try await admin.setRoles(id: member.id, roles: [.admin, .developer])
        try await admin.resetPassword(id: member.id)
        _ = try await store.backend(actingAs: member.id).updateMe(UserUpdate(name: "Bob Mason"))
        try await admin.deleteUser(id: google.id)
        let accepted = try store.acceptInvitation(email: "NEW@acme.test")

        let log = try store.auditLog().filter { $0.action != .importMembers }
        #expect(log.map(\.action) == [.invite, .setRoles, .resetPassword, .updateMe, .delete, .accept])
        #expect(log.map(\.actor) == [store.meID, store.meID, store.meID, member.id, store.meID, store.meID])
        #expect(log.map(\.target) == ["new@acme.test", member.id, member.id, member.id, google.id, accepted.id])
        #expect(log[0].before == nil && log[0].after?.contains("New Person") == true)
        #expect(log[1].before?.contains("\"roles\":\"developer\"") == true)
        #expect(log[1].after?.contains("\"roles\":\"admin,developer\"") == true)
        #expect(log[3].before?.contains("Bob Builder") == true && log[3].after?.contains("Bob Mason") == true)
        #expect(log[4].before?.contains(google.email) == true && log[4].after == nil)
        #expect(log[5].after?.contains(accepted.id) == true)
        #expect(zip(log, log.dropFirst()).allSatisfy { $0.time <= $1.time && $0.id < $1.id })

        let outbox = try store.outbox()
        #expect(outbox.map(\.kind) == [.invitation, .passwordReset])
        #expect(outbox.map(\.recipient) == ["new@acme.test", member.email])
        #expect(outbox[0].body.contains(Connection.usernamePassword.inviteeInstructions))
    }

    @Test func refusedRequestsLeaveNoTrace() async throws {
        defer { directory.remove() }
        let before = try store.auditLog()
        let admin = store.backend()
        let attempts: [() async throws -> Void] = [
            { try await admin.inviteUser(Invitation(email: ContractData.member.email, name: "X", roles: [.analyst])) },
            { try await admin.inviteUser(Invitation(email: "bad", name: "X", roles: [.analyst])) },
            { try await admin.resetPassword(id: ContractData.google.id) },
            { try await admin.setRoles(id: store.meID, roles: [.analyst]) },
            { try await admin.deleteUser(id: store.meID) },
            { try await store.backend(actingAs: ContractData.member.id).deleteUser(id: ContractData.google.id) },
            { _ = try await store.backend(actingAs: ContractData.google.id).updateMe(UserUpdate(name: "G")) },
        ]
        for attempt in attempts {
            #expect(await ErrorKind.of(attempt) != nil)
        }
        #expect(try store.auditLog() == before)
        #expect(try store.outbox().isEmpty)
        #expect(try store.pendingInvitations().isEmpty)
    }

    @Test func theAuditLogCannotBeUpdatedOrDeleted() async throws {
        defer { directory.remove() }
        try await store.backend().setRoles(id: ContractData.member.id, roles: [.analyst])
        let before = try store.auditLog()
        for sql in [
            "UPDATE audit SET actor = 'someone else'", "DELETE FROM audit",
            "UPDATE audit SET after = NULL WHERE id = 1",
        ] {
            #expect(throws: DatabaseError.self) { try store.pool.write { db in try db.execute(sql: sql) } }
        }
        #expect(try store.auditLog() == before)
    }

    @Test func acceptingAnInvitationMakesAMemberWithItsRolesAndConnection() async throws {
        defer { directory.remove() }
        let admin = store.backend()
        try await admin.inviteUser(Invitation(email: "g@acme.test", name: "Gina", roles: [.developer, .analyst]))
        #expect(try store.pendingInvitations().map(\.invitation.email) == ["g@acme.test"])
        #expect(try store.pendingInvitations().first?.invitedBy == store.meID)
        let user = try store.acceptInvitation(email: "g@acme.test")
        #expect(user.roles == [.developer, .analyst] && user.name == "Gina" && user.email == "g@acme.test")
        #expect(user.id.hasPrefix("google-oauth2|") && user.id.count == 35)
        #expect(try await admin.getUser(id: user.id) == user)
        #expect(try store.pendingInvitations().isEmpty)
        #expect(try await admin.listUsers(UserQuery(nameSearch: "gina")).items == [user.user])
        #expect(await ErrorKind.of { _ = try store.acceptInvitation(email: "g@acme.test") } == .invalid)
        let detail = await ErrorKind.detail {
            _ = try await store.backend(actingAs: user.id).updateMe(UserUpdate(name: "Gina G"))
        }
        #expect(detail?.contains("Google") == true)
        try await admin.inviteUser(Invitation(email: "h@acme.test", name: "Hal", roles: [.analyst]))
        try await admin.setRoles(id: ContractData.member.id, roles: [.admin])
        try await admin.setRoles(id: store.meID, roles: [.developer])
        #expect(await ErrorKind.of { _ = try store.acceptInvitation(email: "h@acme.test") } == .forbidden)
        #expect(try store.pendingInvitations().map(\.invitation.email) == ["h@acme.test"])
    }

    @Test func theSummaryCountsWhatTheStoreHolds() async throws {
        defer { directory.remove() }
        try await store.backend().inviteUser(Invitation(email: "x@acme.test", name: "X", roles: [.analyst]))
        try await store.backend().resetPassword(id: ContractData.member.id)
        let summary = try store.summary()
        let users = ContractData.users
        #expect(summary.organization.name == ContractData.organizationName)
        #expect(summary.me == ContractData.me.details)
        #expect(summary.userCount == users.count)
        for role in Role.allCases {
            #expect(summary.roleCounts[role, default: 0] == users.filter { $0.roles.contains(role) }.count)
        }
        for connection in Connection.allCases {
            #expect(
                summary.connectionCounts[connection, default: 0] == users.filter { $0.connection == connection }.count)
        }
        #expect(summary.pendingInvitations == 1 && summary.outboxSize == 2)
    }
}
