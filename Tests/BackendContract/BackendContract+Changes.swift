import OrgModel
import Testing

extension BackendContract {
    static let deletionChecks = [
        ContractCheck("deleteUser removes the user from getUser, the list, the count and search") {
            fixture async throws in
            let admin = fixture.admin
            let gone = ContractData.ties[0]
            try await admin.deleteUser(id: gone.id)
            #expect(await ErrorKind.of { _ = try await admin.getUser(id: gone.id) } == .notFound)
            #expect(await ErrorKind.of { try await admin.deleteUser(id: gone.id) } == .notFound)
            let rest = ContractData.ordered.filter { $0.id != gone.id }
            #expect(try await allPages(admin, pageSize: 100) == rest)
            #expect(
                try await admin.listUsers(UserQuery(nameSearch: "alice ames"))
                    == UserPage(count: 1, items: [ContractData.ties[1].user]))
        },
        ContractCheck("deleteUser of an unknown id answers 404") { fixture async throws in
            #expect(
                await ErrorKind.of { try await fixture.admin.deleteUser(id: "auth0|ffffffffffffffffffffffff") }
                    == .notFound)
            #expect(try await userCount(fixture.admin) == ContractData.users.count)
        },
        ContractCheck("nobody can delete themselves: 409, also the last admin") { fixture async throws in
            let selfDeletion = OrganizationRules.selfDeletion
            #expect(try await Refusal.of { try await fixture.admin.deleteUser(id: ContractData.me.id) } == selfDeletion)
            try await fixture.admin.setRoles(id: ContractData.member.id, roles: [.admin])
            #expect(
                try await Refusal.of { try await fixture.member.deleteUser(id: ContractData.member.id) } == selfDeletion
            )
            #expect(try await userCount(fixture.admin) == ContractData.users.count)
        },
        ContractCheck("an admin may delete another admin while one remains") { fixture async throws in
            try await fixture.admin.setRoles(id: ContractData.member.id, roles: [.admin])
            try await fixture.member.deleteUser(id: ContractData.me.id)
            #expect(try await userCount(fixture.member) == ContractData.users.count - 1)
            #expect(await ErrorKind.of { _ = try await fixture.admin.getMe() } == .unauthorized)
        },
    ]

    static let passwordChecks = [
        ContractCheck("resetPassword succeeds for username-password users") { fixture async throws in
            for user in [ContractData.member, ContractData.me, ContractData.ties[0]] {
                try await fixture.admin.resetPassword(id: user.id)
            }
        },
        ContractCheck("resetPassword for a Google user answers 409 naming the provider") { fixture async throws in
            for user in [ContractData.google, ContractData.ties[1]] {
                #expect(
                    try await Refusal.of { try await fixture.admin.resetPassword(id: user.id) }
                        == OrganizationRules.googlePasswordReset(user.details))
            }
        },
        ContractCheck("resetPassword of an unknown id answers 404") { fixture async throws in
            #expect(await ErrorKind.of { try await fixture.admin.resetPassword(id: "auth0|nobody") } == .notFound)
        },
    ]

    static let roleChecks = [
        ContractCheck("setRoles replaces the whole role set") { fixture async throws in
            let id = ContractData.others[5].id
            for roles: Set<Role> in [[.admin], [.analyst], [.developer, .analyst], [.admin, .developer, .analyst]] {
                try await fixture.admin.setRoles(id: id, roles: roles)
                #expect(try await fixture.member.getUser(id: id).roles == roles)
            }
        },
        ContractCheck("setRoles with no role answers 422") { fixture async throws in
            let id = ContractData.member.id
            #expect(
                try await Refusal.of { try await fixture.admin.setRoles(id: id, roles: []) }
                    == .invalid("Choose at least one role."))
            #expect(try await fixture.admin.getUser(id: id).roles == ContractData.member.roles)
        },
        ContractCheck("setRoles of an unknown id answers 404") { fixture async throws in
            #expect(
                await ErrorKind.of { try await fixture.admin.setRoles(id: "auth0|nobody", roles: [.analyst]) }
                    == .notFound)
        },
        ContractCheck("the last admin cannot lose admin: 409; with a second admin, it can") { fixture async throws in
            let admin = fixture.admin
            #expect(
                try await Refusal.of { try await admin.setRoles(id: ContractData.me.id, roles: [.developer]) }
                    == OrganizationRules.lastAdmin(ContractData.me.details))
            #expect(try await admin.getMe().roles == [.admin])
            try await admin.setRoles(id: ContractData.me.id, roles: [.admin, .analyst])
            try await admin.setRoles(id: ContractData.google.id, roles: [.admin])
            try await admin.setRoles(id: ContractData.me.id, roles: [.developer])
            #expect(try await admin.getMe().roles == [.developer])
            let google = fixture.backend(ContractData.google.id)
            #expect(
                try await Refusal.of { try await google.setRoles(id: ContractData.google.id, roles: [.analyst]) }
                    == OrganizationRules.lastAdmin(ContractData.google.details))
        },
    ]

    static let invitationChecks = [
        ContractCheck("inviteUser accepts a valid invitation without adding a member") { fixture async throws in
            for invitation in [
                Invitation(email: "new.one@acme.test", name: "New One", roles: [.analyst]),
                Invitation(
                    email: "new.two@acme.test", name: "New Two", roles: [.admin, .developer],
                    connection: .usernamePassword),
            ] {
                try await fixture.admin.inviteUser(invitation)
            }
            #expect(try await userCount(fixture.admin) == ContractData.users.count)
        },
        ContractCheck("inviting a member's email, or an invited one, answers 409") { fixture async throws in
            let admin = fixture.admin
            for email in [ContractData.member.email, ContractData.google.email.uppercased(), ContractData.me.email] {
                #expect(
                    try await Refusal.of {
                        try await admin.inviteUser(Invitation(email: email, name: "X", roles: [.analyst]))
                    } == OrganizationRules.alreadyMember(email))
            }
            try await admin.inviteUser(Invitation(email: "twice@acme.test", name: "Twice", roles: [.analyst]))
            for email in ["twice@acme.test", "Twice@Acme.Test"] {
                #expect(
                    try await Refusal.of {
                        try await admin.inviteUser(Invitation(email: email, name: "T", roles: [.developer]))
                    } == OrganizationRules.alreadyInvited(email))
            }
        },
        ContractCheck("an invalid email, an empty name or no role answers 422") { fixture async throws in
            let invalid =
                [
                    "", "ada", "ada@", "@acme.test", "ada@acme", "a@b@c.de", "ada @acme.test", "ada@acme..test",
                    "'; DROP TABLE user; --@acme.test", "ada@acme.test\n",
                ].map {
                    Invitation(email: $0, name: "Someone", roles: [.analyst])
                } + [
                    Invitation(email: "ok@acme.test", name: "", roles: [.analyst]),
                    Invitation(email: "ok@acme.test", name: "  ", roles: [.analyst]),
                    Invitation(email: "ok@acme.test", name: "Someone", roles: []),
                ]
            for invitation in invalid {
                let problem = try #require(invitation.problem, "\(invitation)")
                #expect(try await Refusal.of { try await fixture.admin.inviteUser(invitation) } == .invalid(problem))
            }
            try await fixture.admin.inviteUser(Invitation(email: "ok@acme.test", name: "Someone", roles: [.analyst]))
        },
    ]
}
