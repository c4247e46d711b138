import OrgModel
import Testing

extension BackendContract {
    static let authorizationChecks = [
        ContractCheck("a member without admin gets 403 for every admin operation, and nothing changes") {
            fixture async throws in
            let member = fixture.member
            let target = ContractData.others[1].id
            #expect(await ErrorKind.of { try await member.deleteUser(id: target) } == .forbidden)
            #expect(await ErrorKind.of { try await member.setRoles(id: target, roles: [.admin]) } == .forbidden)
            #expect(
                await ErrorKind.of { try await member.setRoles(id: ContractData.member.id, roles: [.admin]) }
                    == .forbidden)
            #expect(await ErrorKind.of { try await member.resetPassword(id: target) } == .forbidden)
            #expect(
                await ErrorKind.of {
                    try await member.inviteUser(Invitation(email: "new@acme.test", name: "New", roles: [.analyst]))
                } == .forbidden)
            #expect(try await fixture.admin.getUser(id: target) == ContractData.others[1].details)
            #expect(try await fixture.admin.getMe() == ContractData.me.details)
            #expect(try await member.getMe() == ContractData.member.details)
            #expect(try await userCount(fixture.admin) == ContractData.users.count)
            let invite = Invitation(email: "new@acme.test", name: "New", roles: [.analyst])
            try await fixture.admin.inviteUser(invite)
        },
        ContractCheck("an unknown credential gets 401 for every operation") { fixture async throws in
            let stranger = fixture.stranger
            let id = ContractData.member.id
            let kinds: [ErrorKind?] = [
                await ErrorKind.of { _ = try await stranger.getOrganization() },
                await ErrorKind.of { _ = try await stranger.getMe() },
                await ErrorKind.of { _ = try await stranger.updateMe(UserUpdate(name: "Eve")) },
                await ErrorKind.of { _ = try await stranger.listUsers(UserQuery()) },
                await ErrorKind.of { _ = try await stranger.getUser(id: id) },
                await ErrorKind.of { try await stranger.deleteUser(id: id) },
                await ErrorKind.of { try await stranger.resetPassword(id: id) },
                await ErrorKind.of { try await stranger.setRoles(id: id, roles: [.admin]) },
                await ErrorKind.of {
                    try await stranger.inviteUser(Invitation(email: "eve@evil.test", name: "Eve", roles: [.admin]))
                },
            ]
            #expect(kinds == Array(repeating: .unauthorized, count: 9))
            #expect(try await fixture.admin.getUser(id: id) == ContractData.member.details)
        },
        ContractCheck("a member who has been deleted gets 401") { fixture async throws in
            try await fixture.admin.deleteUser(id: ContractData.member.id)
            #expect(await ErrorKind.of { _ = try await fixture.member.getMe() } == .unauthorized)
            #expect(await ErrorKind.of { _ = try await fixture.member.listUsers(UserQuery()) } == .unauthorized)
        },
        ContractCheck("a member promoted to admin may administer; demoted, may not") { fixture async throws in
            let member = fixture.member
            try await fixture.admin.setRoles(id: ContractData.member.id, roles: [.admin, .developer])
            #expect(try await member.getMe().roles == [.admin, .developer])
            try await member.setRoles(id: ContractData.google.id, roles: [.developer])
            #expect(try await fixture.admin.getUser(id: ContractData.google.id).roles == [.developer])
            try await fixture.admin.setRoles(id: ContractData.member.id, roles: [.analyst])
            #expect(
                await ErrorKind.of { try await member.setRoles(id: ContractData.google.id, roles: [.analyst]) }
                    == .forbidden)
        },
    ]

    static let profileChecks = [
        ContractCheck("updateMe changes the name and email that are given, keeps the others") { fixture async throws in
            let admin = fixture.admin
            let renamed = try await admin.updateMe(UserUpdate(name: "Ada Lovelace"))
            #expect(renamed == User(id: ContractData.me.id, name: "Ada Lovelace", email: ContractData.me.email))
            let moved = try await admin.updateMe(UserUpdate(email: "ada.lovelace@acme.test"))
            #expect(moved == User(id: ContractData.me.id, name: "Ada Lovelace", email: "ada.lovelace@acme.test"))
            #expect(try await admin.updateMe(UserUpdate()) == moved)
            #expect(try await admin.getMe() == UserDetails(user: moved, roles: [.admin]))
            #expect(try await fixture.member.getUser(id: ContractData.me.id).user == moved)
            let found = try await admin.listUsers(UserQuery(nameSearch: "lovelace"))
            #expect(found == UserPage(count: 1, items: [moved]))
            #expect(try await admin.listUsers(UserQuery(nameSearch: "ada admin")).count == 0)
            let expected = ContractData.sortedByName(ContractData.users.map { $0.id == moved.id ? moved : $0.user })
            #expect(try await allPages(admin, pageSize: 100) == expected)
        },
        ContractCheck("a member without admin may update their own profile") { fixture async throws in
            let user = try await fixture.member.updateMe(UserUpdate(email: "bob.mason@acme.test", name: "Bob Mason"))
            #expect(user == User(id: ContractData.member.id, name: "Bob Mason", email: "bob.mason@acme.test"))
            #expect(try await fixture.admin.getUser(id: ContractData.member.id).user == user)
        },
        ContractCheck("updateMe with an invalid name or email answers 422 and changes nothing") {
            fixture async throws in
            for update in [
                UserUpdate(name: ""), UserUpdate(name: "   "), UserUpdate(name: "Ada\u{7}"),
                UserUpdate(email: "ada"), UserUpdate(email: "ada@acme"), UserUpdate(email: ""),
                UserUpdate(email: "a b@acme.test"), UserUpdate(email: "ok@acme.test", name: ""),
            ] {
                let problem = try #require(update.problem, "\(update)")
                #expect(try await Refusal.of { _ = try await fixture.admin.updateMe(update) } == .invalid(problem))
            }
            #expect(try await fixture.admin.getMe() == ContractData.me.details)
        },
        ContractCheck("updateMe to another member's email answers 409") { fixture async throws in
            for email in [ContractData.member.email, ContractData.member.email.uppercased()] {
                #expect(
                    try await Refusal.of { _ = try await fixture.admin.updateMe(UserUpdate(email: email)) }
                        == UserUpdate.emailTaken(email))
            }
            #expect(try await fixture.admin.getMe() == ContractData.me.details)
        },
        ContractCheck("updateMe by a Google user answers 409 with a detail naming the provider") {
            fixture async throws in
            let google = fixture.backend(ContractData.google.id)
            for update in [UserUpdate(name: "Grace B. Hopper"), UserUpdate(name: "G")] {
                #expect(try await Refusal.of { _ = try await google.updateMe(update) } == UserUpdate.providerProfile)
            }
            #expect(try await google.getMe() == ContractData.google.details)
        },
    ]
}
