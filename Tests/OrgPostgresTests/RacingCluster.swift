import Foundation
import OrgHTTP
import OrgModel
import OrgPostgres
import OrgRecords
import OrgServer
import OrgStore

/// Two real `orgtui serve` instances on one fresh database (PostgreSQL, or one SQLite store file), seeded
/// with two admins (Ada, the store's "me", and Alan) and a developer (Tom) for the racing tests; the test
/// process keeps a store of its own on the same database, to seed more members and tokens and to read the
/// final state.
final class RacingCluster: Sendable {
    /// What the instances serve.
    enum Engine: String, Sendable, CustomStringConvertible {
        case sqlite, postgres
        var description: String { rawValue }
    }

    /// The engines to race: a SQLite store file always, PostgreSQL when there is a cluster (or must be).
    static let engines: [Engine] = TestDatabase.url != nil || TestDatabase.required ? [.sqlite, .postgres] : [.sqlite]

    static let ada = MemberSeed(
        id: "auth0|0000000000000000000ada01", name: "Ada Admin", email: "ada@acme.test", roles: [.admin],
        connection: .usernamePassword)
    static let alan = MemberSeed(
        id: "auth0|0000000000000000000a1a02", name: "Alan Admin", email: "alan@acme.test", roles: [.admin],
        connection: .usernamePassword)
    static let tom = MemberSeed(
        id: "auth0|00000000000000000000d003", name: "Tom Target", email: "tom@acme.test", roles: [.developer],
        connection: .usernamePassword)
    static let organization = OrganizationSeed(name: "Acme Robotics", shortName: "acme")

    /// The options that name the database to `orgtui serve` and `orgtui token`: `--database URL` or
    /// `--store PATH`.
    let location: [String]
    /// The two instances, both serving `location`.
    let instances: [ServedInstance]
    private let tokens: any TokenStore
    private let member: @Sendable (String?) -> any Backend
    private let importing: @Sendable (MemberSeed) async throws -> Void

    private init(
        location: [String], tokens: any TokenStore, member: @escaping @Sendable (String?) -> any Backend,
        importing: @escaping @Sendable (MemberSeed) async throws -> Void
    ) async throws {
        self.location = location
        self.tokens = tokens
        self.member = member
        self.importing = importing
        let first = try await ServedInstance(location)
        do {
            instances = [first, try await ServedInstance(location)]
        } catch {
            first.stop()
            throw error
        }
    }

    /// Runs `body` with the cluster on a new database of `engine`, and stops the instances and removes the
    /// database after.
    static func with<T>(_ engine: Engine, _ body: (RacingCluster) async throws -> T) async throws -> T {
        switch engine {
        case .postgres:
            return try await TestDatabase.withDatabase { url in
                let store = try await PostgresStore.create(
                    PostgresLocation(url: url), organization: organization, admin: ada)
                defer { store.shutdown() }
                try await store.importMembers([alan, tom])
                let cluster = try await RacingCluster(
                    location: ["--database", url], tokens: PostgresTokenStore(store: store),
                    member: { store.backend(actingAs: $0) }, importing: { try await store.importMembers([$0]) })
                defer { cluster.instances.forEach { $0.stop() } }
                return try await body(cluster)
            }
        case .sqlite:
            let directory = NSTemporaryDirectory() + "orgtui-race-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let path = directory + "/org.sqlite"
            let store = try SQLiteStore.create(at: path, organization: organization, admin: ada)
            try store.importMembers([alan, tom])
            let cluster = try await RacingCluster(
                location: ["--store", path], tokens: SQLiteTokenStore(store: store),
                member: { store.backend(actingAs: $0) }, importing: { try store.importMembers([$0]) })
            defer { cluster.instances.forEach { $0.stop() } }
            return try await body(cluster)
        }
    }

    /// A new token for the member with `email`: the token and its id.
    func token(for email: String) async throws -> (token: String, id: String) {
        let issued = try await AccessToken.issue(store: tokens, email: email, name: "race")
        return (issued.token, issued.record.id)
    }

    /// The member `id` (nil: Ada) acting on the database directly, apart from the instances.
    func direct(_ id: String? = nil) -> any Backend {
        member(id)
    }

    /// Adds `seed` as a member, directly on the database.
    func add(_ seed: MemberSeed) async throws {
        try await importing(seed)
    }

    /// The ids of the organization's admins now, read from the database (as Tom, who is never raced).
    func admins() async throws -> Set<String> {
        let reader = direct(Self.tom.id)
        let page = try await reader.listUsers(UserQuery(pageNumber: 1, pageSize: 100))
        var admins = Set<String>()
        for user in page.items where try await reader.getUser(id: user.id).roles.contains(.admin) {
            admins.insert(user.id)
        }
        return admins
    }
}
