import Foundation
import OrgHTTP
import OrgModel
import OrgPostgres
import OrgServer
import OrgStore

/// Two real `orgtui serve --database` instances on one fresh database, seeded with two admins (Ada, the
/// store's "me", and Alan) and a developer (Tom) for the racing tests; the test process keeps a store of its
/// own on the same database, to seed more members and tokens and to read the final state.
final class RacingCluster: Sendable {
    static let ada = MemberSeed(
        id: "auth0|0000000000000000000ada01", name: "Ada Admin", email: "ada@acme.test", roles: [.admin],
        connection: .usernamePassword)
    static let alan = MemberSeed(
        id: "auth0|0000000000000000000a1a02", name: "Alan Admin", email: "alan@acme.test", roles: [.admin],
        connection: .usernamePassword)
    static let tom = MemberSeed(
        id: "auth0|00000000000000000000d003", name: "Tom Target", email: "tom@acme.test", roles: [.developer],
        connection: .usernamePassword)

    let url: String
    let store: PostgresStore
    /// The two instances, both serving `url`.
    let instances: [ServedInstance]

    private init(url: String, store: PostgresStore, instances: [ServedInstance]) {
        self.url = url
        self.store = store
        self.instances = instances
    }

    /// Runs `body` with the cluster on a new database, and stops the instances and drops the database after.
    static func with<T>(_ body: (RacingCluster) async throws -> T) async throws -> T {
        try await TestDatabase.withDatabase { url in
            let store = try await PostgresStore.create(
                PostgresLocation(url: url), organization: OrganizationSeed(name: "Acme Robotics", shortName: "acme"),
                admin: ada)
            defer { store.shutdown() }
            try await store.importMembers([alan, tom])
            let first = try await ServedInstance(database: url)
            defer { first.stop() }
            let second = try await ServedInstance(database: url)
            defer { second.stop() }
            return try await body(RacingCluster(url: url, store: store, instances: [first, second]))
        }
    }

    /// A new token for the member with `email`: the token and its id.
    func token(for email: String) async throws -> (token: String, id: String) {
        let issued = try await AccessToken.issue(keeper: PostgresTokenStore(store: store), email: email, name: "race")
        return (issued.token, issued.record.id)
    }

    /// The ids of the organization's admins now, read from the database (as Tom, who is never raced).
    func admins() async throws -> Set<String> {
        let reader = store.backend(actingAs: Self.tom.id)
        let page = try await reader.listUsers(UserQuery(pageNumber: 1, pageSize: 100))
        var admins = Set<String>()
        for user in page.items where try await reader.getUser(id: user.id).roles.contains(.admin) {
            admins.insert(user.id)
        }
        return admins
    }
}
