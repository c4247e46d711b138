import BackendContract
import Foundation
import OrgModel
import OrgPostgres
import OrgRecords
import OrgStore
import PostgresNIO

/// Fresh databases on the cluster that `ORGTUI_TEST_DATABASE_URL` names (`make test` starts one with
/// scripts/with-postgres): each test makes its own with CREATE DATABASE and drops it at the end.
enum TestDatabase {
    /// The URL of the cluster's maintenance database, or nil when the variable is unset or empty.
    static let url: String? = ProcessInfo.processInfo.environment["ORGTUI_TEST_DATABASE_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// Whether the run must have a database (`make test` says so): then a missing URL fails, not skips.
    static let required = ProcessInfo.processInfo.environment["ORGTUI_REQUIRE_DATABASE"] != nil

    /// Why the tests that need a database are skipped.
    static let missing = "ORGTUI_TEST_DATABASE_URL is unset: no PostgreSQL to test against (make test starts one)"

    /// Runs `body` with the URL of a new, empty database, dropped afterwards whatever `body` did.
    static func withDatabase<T>(_ body: (String) async throws -> T) async throws -> T {
        guard let url, var components = URLComponents(string: url) else { throw BackendError.unavailable(missing) }
        let name = "orgtui_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let maintenance = try PostgresLocation(url: url)
        let client = PostgresClient(configuration: maintenance.configuration, backgroundLogger: PostgresStore.quiet)
        let runner = Task { await client.run() }
        defer { runner.cancel() }
        try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        components.path = "/" + name
        do {
            let result = try await body(components.string ?? url)
            try await client.query(PostgresQuery(unsafeSQL: "DROP DATABASE \(name) WITH (FORCE)"))
            return result
        } catch {
            _ = try? await client.query(PostgresQuery(unsafeSQL: "DROP DATABASE \(name) WITH (FORCE)"))
            throw error
        }
    }

    /// Runs `sql` on the database at `url` apart from any store, and gives the first column of its first row
    /// as an integer, if any.
    @discardableResult
    static func execute(_ url: String, _ sql: String) async throws -> Int? {
        let client = PostgresClient(
            configuration: try PostgresLocation(url: url).configuration, backgroundLogger: PostgresStore.quiet)
        let runner = Task { await client.run() }
        defer { runner.cancel() }
        return try await client.query(PostgresQuery(unsafeSQL: sql)).collect().first?.decode(Int?.self) ?? nil
    }

    /// The database at `url` seeded with exactly `ContractData.users`, whose "me" is `ContractData.me`.
    static func contractStore(_ url: String) async throws -> PostgresStore {
        let store = try await PostgresStore.create(
            PostgresLocation(url: url),
            organization: OrganizationSeed(
                name: ContractData.organizationName, shortName: ContractData.organizationShortName),
            admin: seed(ContractData.me))
        do {
            try await store.importMembers(ContractData.users.dropFirst().map(seed))
        } catch {
            store.shutdown()
            throw error
        }
        return store
    }

    /// The contract's member as a seed for the store.
    static func seed(_ user: ContractUser) -> MemberSeed {
        MemberSeed(id: user.id, name: user.name, email: user.email, roles: user.roles, connection: user.connection)
    }
}
