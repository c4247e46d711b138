import OrgModel
import Testing

extension BackendContract {
    static let pendingInvitationChecks = [
        ContractCheck("pending invitations are listed oldest first and paged; a revoke withdraws one, audited") {
            fixture async throws in
            let admin = fixture.admin
            guard fixture.keepsInvitations else {
                let unsupported = BackendError.unsupported(BackendError.noInvitations)
                #expect(try await Refusal.of { _ = try await admin.listInvitations(InvitationQuery()) } == unsupported)
                #expect(try await Refusal.of { try await admin.revokeInvitation(email: "a@acme.test") } == unsupported)
                return
            }
            #expect(try await admin.listInvitations(InvitationQuery()) == InvitationPage(count: 0, items: []))
            let sent = [
                Invitation(email: "ann.typo@acme.test", name: "Ann Typo", roles: [.analyst]),
                Invitation(
                    email: "bo@acme.test", name: "Bo", roles: [.developer, .admin], connection: .usernamePassword),
                Invitation(email: "cy@acme.test", name: "Cy", roles: [.developer]),
            ]
            for invitation in sent { try await admin.inviteUser(invitation) }
            let first = try await admin.listInvitations(InvitationQuery(pageNumber: 1, pageSize: 2))
            #expect(first.count == 3)
            #expect(first.items.map(\.invitation) == Array(sent.prefix(2)))
            #expect(first.items.allSatisfy { $0.invitedBy == ContractData.me.id })
            #expect(first.items[0].invitedAt <= first.items[1].invitedAt)
            let second = try await admin.listInvitations(InvitationQuery(pageNumber: 2, pageSize: 2))
            #expect(second.items.map(\.invitation.email) == ["cy@acme.test"])

            try await admin.revokeInvitation(email: "ANN.typo@acme.test")
            #expect(
                try await admin.listInvitations(InvitationQuery()).items.map(\.invitation) == Array(sent.dropFirst()))
            let entry = try #require(try await admin.listAudit(AuditQuery(pageSize: 1)).items.first)
            #expect(entry.action == "revoke-invitation")
            #expect(entry.target == "ann.typo@acme.test")
            #expect(entry.actor == ContractData.me.id)
            #expect(entry.before?["name"] == "Ann Typo")
            #expect(entry.after == nil)

            for email in ["ann.typo@acme.test", ContractData.member.email, "never@acme.test"] {
                #expect(try await Refusal.of { try await admin.revokeInvitation(email: email) } == .notFound)
            }
            try await admin.inviteUser(sent[0])
            #expect(
                try await admin.listInvitations(InvitationQuery(pageSize: 0)) == InvitationPage(count: 3, items: []))
            let problem = try #require(InvitationQuery(pageNumber: 0).paging.problem)
            #expect(
                try await Refusal.of { _ = try await admin.listInvitations(InvitationQuery(pageNumber: 0)) }
                    == .invalid(problem))
        },
        ContractCheck("only admins list or withdraw invitations: 403 for a member, 401 for a stranger") {
            fixture async throws in
            guard fixture.keepsInvitations else { return }
            let email = "pending@acme.test"
            try await fixture.admin.inviteUser(Invitation(email: email, name: "Pending", roles: [.analyst]))
            #expect(
                await ErrorKind.of { _ = try await fixture.member.listInvitations(InvitationQuery()) } == .forbidden)
            #expect(await ErrorKind.of { try await fixture.member.revokeInvitation(email: email) } == .forbidden)
            #expect(
                await ErrorKind.of { _ = try await fixture.stranger.listInvitations(InvitationQuery()) }
                    == .unauthorized)
            #expect(await ErrorKind.of { try await fixture.stranger.revokeInvitation(email: email) } == .unauthorized)
            #expect(try await fixture.admin.listInvitations(InvitationQuery()).items.map(\.invitation.email) == [email])
        },
    ]
}
