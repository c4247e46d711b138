import ChildProcesses
import Foundation
import OrgModel
import OrgRecords
import OrgStore
import Testing

/// `orgtui invitations list` and `orgtui invitations revoke EMAIL` through the real executable on a small
/// store: the list in JSON, a revoke refused when nobody can answer its question, one with --yes (the audit
/// log says so), and the exit status of an address with nothing pending.
@Suite struct InvitationsCommandTests {
    /// One row of `invitations list -o json`.
    struct Row: Decodable, Equatable {
        var email: String
        var name: String
        var roles: [String]
        var connection: String
        var invitedBy: String

        enum CodingKeys: String, CodingKey {
            case email, name, roles, connection
            case invitedBy = "invited_by"
        }
    }

    @Test func aMistypedInvitationIsListedThenRevokedOnceWithYes() async throws {
        let fixture = try MemberStoreFixture(members: 2)
        defer { fixture.remove() }
        let invite = try await fixture.orgtui(
            ["users", "invite", "--email", "ann.typo@exmaple.com", "--name", "Ann Typo", "--roles", "analyst"])
        #expect(invite.status == 0, "\(invite.errors)")

        let listed = try await fixture.orgtui(["invitations", "list", "-o", "json"])
        #expect(listed.status == 0, "\(listed.errors)")
        let me = try SQLiteStore(openingAt: fixture.path).meID
        #expect(
            try JSONDecoder().decode([Row].self, from: Data(listed.output.utf8)) == [
                Row(
                    email: "ann.typo@exmaple.com", name: "Ann Typo", roles: ["analyst"], connection: "google-oauth2",
                    invitedBy: me)
            ])

        let unanswered = try await fixture.orgtui(["invitations", "revoke", "ann.typo@exmaple.com"])
        #expect(unanswered.status == 64)
        #expect(unanswered.errors.contains("Add --yes"), "\(unanswered.errors)")
        #expect(try SQLiteStore(openingAt: fixture.path).pendingInvitations().count == 1)

        let revoked = try await fixture.orgtui(["invitations", "revoke", "ANN.typo@exmaple.com", "--yes"])
        #expect(revoked.status == 0, "\(revoked.errors)")
        #expect(revoked.output.contains("was revoked: they can no longer join with it."), "\(revoked.output)")
        #expect(try SQLiteStore(openingAt: fixture.path).pendingInvitations().isEmpty)
        #expect(try SQLiteStore(openingAt: fixture.path).auditLog().last?.action == .revokeInvitation)

        let again = try await fixture.orgtui(["invitations", "revoke", "ann.typo@exmaple.com", "--yes"])
        #expect(again.status == 3)
        #expect(again.errors.contains(OrganizationRules.notInvited("ann.typo@exmaple.com")), "\(again.errors)")
        let empty = try await fixture.orgtui(["invitations", "list"])
        #expect(empty.output == "No pending invitations.\n")
    }
}
