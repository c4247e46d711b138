import OrgModel
import Testing

extension BackendContract {
    static let basedOnChecks = [
        ContractCheck("setRoles based on a stale role set is refused with the current set and changes nothing") {
            fixture async throws in
            let id = ContractData.others[7].id
            try await fixture.admin.setRoles(id: id, roles: [.developer, .analyst])
            for stale: Set<Role> in [[.developer], [], [.admin, .developer, .analyst]] {
                await #expect(throws: BackendError.rolesChanged(current: [.developer, .analyst])) {
                    try await fixture.admin.setRoles(id: id, roles: [.admin], basedOn: stale)
                }
            }
            #expect(try await fixture.member.getUser(id: id).roles == [.developer, .analyst])
        },
        ContractCheck("setRoles based on the current role set applies it; based on nil replaces any") {
            fixture async throws in
            let id = ContractData.others[8].id
            let current = try await fixture.admin.getUser(id: id).roles
            try await fixture.admin.setRoles(id: id, roles: [.admin, .analyst], basedOn: current)
            #expect(try await fixture.member.getUser(id: id).roles == [.admin, .analyst])
            try await fixture.admin.setRoles(id: id, roles: [.developer], basedOn: nil)
            #expect(try await fixture.member.getUser(id: id).roles == [.developer])
        },
        ContractCheck("setRoles based on a set still checks the id, the rights and the last admin") {
            fixture async throws in
            let me = ContractData.me
            #expect(
                await ErrorKind.of {
                    try await fixture.admin.setRoles(id: "auth0|nobody", roles: [.admin], basedOn: [])
                }
                    == .notFound)
            #expect(
                await ErrorKind.of {
                    try await fixture.member.setRoles(id: me.id, roles: [.analyst], basedOn: me.roles)
                } == .forbidden)
            #expect(
                try await Refusal.of {
                    try await fixture.admin.setRoles(id: me.id, roles: [.developer], basedOn: me.roles)
                } == OrganizationRules.lastAdmin(me.details))
            #expect(try await fixture.admin.getMe().roles == me.roles)
        },
    ]
}
