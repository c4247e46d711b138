import OrgModel
import OrgStore
import Testing

/// `StoreChanges` sees every commit, from this store's connections or another's, and nothing else.
@Suite struct StoreChangesTests {
    @Test func versionGrowsWithEveryCommitAndOnlyThen() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.emptyStore(at: directory.file("org.sqlite"))
        let changes = StoreChanges(store: store)
        let first = try changes.version()
        _ = try await store.backend().listUsers(UserQuery())
        let unchanged = try changes.version()
        try store.importMembers(StoreFixtures.members(1))
        let afterImport = try changes.version()
        let other = try SQLiteStore(openingAt: store.path)
        try await other.backend().setRoles(id: store.meID, roles: [.admin, .developer])
        let afterOther = try changes.version()
        #expect(unchanged == first)
        #expect(afterImport > unchanged)
        #expect(afterOther > afterImport)
    }

    @Test func theBackendsChangeCounterMovesWhenAnotherStoreInstanceCommits() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.emptyStore(at: directory.file("org.sqlite"))
        let backend = store.backend()
        let first = try #require(try await backend.changeCounter())
        #expect(try await backend.changeCounter() == first)
        let other = try SQLiteStore(openingAt: store.path)
        try await other.backend().setRoles(id: store.meID, roles: [.admin, .analyst])
        let moved = try #require(try await backend.changeCounter())
        #expect(moved > first)
        #expect(try await backend.changeCounter() == moved)
    }

    /// An opened store watches on the read-only connection that checked the file's schema.
    @Test func theChangeCounterOfAnOpenedStoreMovesWithItsOwnCommitsAndOthers() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let created = try StoreFixtures.emptyStore(at: directory.file("org.sqlite"))
        let store = try SQLiteStore(openingAt: created.path)
        let backend = store.backend()
        let first = try #require(try await backend.changeCounter())
        _ = try await backend.listUsers(UserQuery())
        #expect(try await backend.changeCounter() == first)
        try await backend.setRoles(id: store.meID, roles: [.admin, .developer])
        let own = try #require(try await backend.changeCounter())
        try await created.backend().setRoles(id: store.meID, roles: [.admin, .analyst])
        let other = try #require(try await backend.changeCounter())
        #expect(own > first)
        #expect(other > own)
        #expect(store.meID == created.meID)
    }
}
