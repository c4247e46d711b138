import OrgModel
import Testing

extension BackendContract {
    static let auditChecks = [
        ContractCheck("the audit log lists changes newest first, paged, and filtered by user") { fixture async throws in
            let admin = fixture.admin
            let (member, google) = (ContractData.member.id, ContractData.google.id)
            let before = try await admin.listAudit(AuditQuery(pageSize: 0)).count
            let memberBefore = try await admin.listAudit(AuditQuery(pageSize: 0, userID: member)).count
            try await admin.setRoles(id: member, roles: [.developer, .analyst])
            try await admin.setRoles(id: google, roles: [.developer])
            try await admin.resetPassword(id: member)

            let first = try await admin.listAudit(AuditQuery(pageNumber: 1, pageSize: 2))
            #expect(first.count == before + 3)
            #expect(first.items.map(\.action) == ["reset-password", "set-roles"])
            #expect(first.items.map(\.target) == [member, google])
            #expect(first.items.allSatisfy { $0.actor == ContractData.me.id })
            #expect(first.items[1].before?["roles"] == "analyst")
            #expect(first.items[1].after?["roles"] == "developer")
            #expect(first.items[0].at >= first.items[1].at)
            let second = try await admin.listAudit(AuditQuery(pageNumber: 2, pageSize: 2))
            #expect(second.items.first?.target == member)
            #expect(second.items.first?.after?["roles"] == "developer,analyst")

            let about = try await admin.listAudit(AuditQuery(userID: member))
            #expect(about.count == memberBefore + 2)
            #expect(about.items.allSatisfy { $0.target == member })
            #expect(about.items.prefix(2).map(\.action) == ["reset-password", "set-roles"])
            #expect(try await admin.listAudit(AuditQuery(userID: "auth0|nobody")) == AuditPage(count: 0, items: []))

            let past = try await admin.listAudit(AuditQuery(pageNumber: 1_000, pageSize: 100))
            #expect(past == AuditPage(count: before + 3, items: []))
            let problem = try #require(AuditQuery(pageNumber: 0).problem)
            #expect(
                try await Refusal.of { _ = try await admin.listAudit(AuditQuery(pageNumber: 0)) } == .invalid(problem))
        },
        ContractCheck(
            "the audit log names who made each change and whom it is about as they were then, deleted or renamed since"
        ) { fixture async throws in
            let admin = fixture.admin
            let (me, member) = (ContractData.me, ContractData.member)
            try await admin.setRoles(id: member.id, roles: [.developer, .analyst])
            try await admin.deleteUser(id: member.id)
            try await admin.inviteUser(Invitation(email: "nia@acme.test", name: "Nia Newcomer", roles: [.analyst]))
            _ = try await admin.updateMe(UserUpdate(name: "Ada Lovelace"))

            let items = try await admin.listAudit(AuditQuery(pageNumber: 1, pageSize: 4)).items
            #expect(items.map(\.action) == ["update-me", "invite", "delete", "set-roles"])
            let people = items.map { [$0.actorName, $0.actorEmail, $0.targetName, $0.targetEmail] }
            #expect(people[0] == ["Ada Admin", me.email, "Ada Admin", me.email])
            #expect(people[1] == ["Ada Admin", me.email, "Nia Newcomer", "nia@acme.test"])
            #expect(people[2] == ["Ada Admin", me.email, member.name, member.email])
            #expect(people[3] == ["Ada Admin", me.email, member.name, member.email])
            #expect(items[2].targetPerson.label == "Bob Builder <bob@acme.test>")
            #expect(
                try await admin.listAudit(AuditQuery(userID: member.id)).items.map(\.targetName) == [
                    member.name, member.name,
                ])
        },
        ContractCheck("only admins read the audit log: 403 for a member, 401 for a stranger") { fixture async throws in
            #expect(await ErrorKind.of { _ = try await fixture.member.listAudit(AuditQuery()) } == .forbidden)
            #expect(await ErrorKind.of { _ = try await fixture.stranger.listAudit(AuditQuery()) } == .unauthorized)
            try await fixture.admin.setRoles(id: ContractData.member.id, roles: [.admin, .developer])
            #expect(try await fixture.member.listAudit(AuditQuery(pageSize: 1)).items.first?.action == "set-roles")
        },
    ]
}
