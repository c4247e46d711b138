import BackendContract
import OrgModel
import OrgRecords
import OrgStore

/// Stores that the tests start from.
enum StoreFixtures {
    /// A new store at `path` holding exactly `ContractData.users`, whose "me" is `ContractData.me`.
    static func contractStore(at path: String) throws -> SQLiteStore {
        let store = try SQLiteStore.create(
            at: path,
            organization: OrganizationSeed(
                name: ContractData.organizationName, shortName: ContractData.organizationShortName),
            admin: seed(ContractData.me))
        try store.importMembers(ContractData.users.dropFirst().map(seed))
        return store
    }

    /// A new store at `path` whose only member is its admin, Ada.
    static func emptyStore(at path: String) throws -> SQLiteStore {
        try SQLiteStore.create(
            at: path, organization: OrganizationSeed(name: "Acme", shortName: "acme"),
            admin: MemberSeed(name: "Ada Admin", email: "ada@acme.test", roles: [.admin], connection: .usernamePassword)
        )
    }

    /// The contract's member as a seed for the store.
    static func seed(_ user: ContractUser) -> MemberSeed {
        MemberSeed(id: user.id, name: user.name, email: user.email, roles: user.roles, connection: user.connection)
    }

    /// `count` members with varied, partly repeating names, numbered from `start`.
    static func members(_ count: Int, from start: Int = 0) -> [MemberSeed] {
        let first = ["Ann", "ann", "Bo", "Chen", "Dana", "Émile", "Zoë", "Ray", "Li", "Ola"]
        let last = ["Smith", "Ng", "Okafor", "Brown", "Ray", "Lee", "Kowalski", "Sato"]
        return (start..<start + count).map { i in
            MemberSeed(
                name: "\(first[i % first.count]) \(last[(i / 7) % last.count])", email: "m\(i)@example.test",
                roles: i % 4 == 0 ? [.admin] : [.analyst], connection: i % 3 == 0 ? .googleOAuth2 : .usernamePassword)
        }
    }
}
