import Foundation
import OrgModel
import OrgPostgres
import OrgRecords
import OrgStore
import PostgresNIO
import Testing

/// The PostgreSQL store's migrations: applied on start, once, and a newer schema refused.
@Suite struct PostgresSchemaTests {
    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func aDatabaseWrittenByANewerVersionIsRefusedAndLeftAsItIs() async throws {
        try await TestDatabase.withDatabase { url in
            let store = try await PostgresStore.create(
                PostgresLocation(url: url), organization: OrganizationSeed(name: "Acme", shortName: "acme"),
                admin: MemberSeed(
                    name: "Ada Admin", email: "ada@acme.test", roles: [.admin], connection: .usernamePassword))
            store.shutdown()
            let applied = try #require(try await TestDatabase.execute(url, "SELECT count(*) FROM schema_migration"))
            try await TestDatabase.execute(url, "INSERT INTO schema_migration (version, name) VALUES (999, 'future')")
            do throws(BackendError) {
                _ = try await PostgresStore.open(PostgresLocation(url: url))
                Issue.record("a database of a newer schema opened")
            } catch .unusableStore(let message) {
                #expect(message.contains("newer version of orgtui"))
                #expect(message.contains("999"))
            } catch {
                Issue.record("expected an unusable store, got \(error)")
            }
            let versions = try await TestDatabase.execute(url, "SELECT count(*) FROM schema_migration")
            #expect(versions == applied + 1, "this version's steps and the future one, nothing more")
        }
    }

    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func anEmptyDatabaseIsRefusedUntilSeededAndSeededOnce() async throws {
        try await TestDatabase.withDatabase { url in
            do throws(BackendError) {
                _ = try await PostgresStore.open(PostgresLocation(url: url))
                Issue.record("an unseeded database opened")
            } catch .unusableStore(let message) {
                #expect(message.contains("orgtui-server init"))
            } catch {
                Issue.record("expected an unusable store, got \(error)")
            }
            let seed = MemberSeed(
                name: "Ada Admin", email: "ada@acme.test", roles: [.developer], connection: .usernamePassword)
            let store = try await PostgresStore.create(
                PostgresLocation(url: url), organization: OrganizationSeed(name: "Acme", shortName: "acme"), admin: seed
            )
            defer { store.shutdown() }
            #expect(try await store.backend().getMe().roles == [.admin, .developer])
            do throws(BackendError) {
                _ = try await PostgresStore.create(
                    PostgresLocation(url: url), organization: OrganizationSeed(name: "Other", shortName: "other"),
                    admin: seed)
                Issue.record("a second organization was seeded")
            } catch .conflict {
            } catch {
                Issue.record("expected a conflict, got \(error)")
            }
            #expect(try await store.backend().getOrganization().name == "Acme")
        }
    }
}
