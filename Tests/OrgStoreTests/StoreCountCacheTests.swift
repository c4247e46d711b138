import OrgModel
import OrgRecords
import OrgStore
import Testing

/// A search's or filter's count is kept while the store is unchanged (`SQLiteStore.counts`): every commit, by
/// this store or another process's, makes the next answer count again, so no count is ever stale.
@Suite struct StoreCountCacheTests {
    static let queries: [UserQuery] = [
        UserQuery(pageSize: 2, roles: [.analyst]), UserQuery(pageSize: 2, emailSearch: "example"),
        UserQuery(pageSize: 2, emailSearch: "m1"), UserQuery(pageSize: 2, nameSearch: "ann"),
        UserQuery(pageSize: 2, nameSearch: "ng"), UserQuery(pageSize: 2, nameSearch: "ann", connection: .googleOAuth2),
    ]

    @Test(arguments: queries)
    func aCountAskedAgainFollowsEveryCommit(_ query: UserQuery) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.emptyStore(at: directory.file("org.sqlite"))
        try store.importMembers(StoreFixtures.members(40))
        let backend = store.backend()
        let before = try await backend.listUsers(query).count
        #expect(try await backend.listUsers(query).count == before)
        var next = query
        next.pageNumber = 2
        #expect(try await backend.listUsers(next).count == before)

        // Another process's commit: members that match every query above.
        let other = try SQLiteStore(openingAt: store.path)
        try other.importMembers(
            (1...2).map {
                MemberSeed(name: "Ann Ng", email: "m1x\($0)@example.test", roles: [.analyst], connection: .googleOAuth2)
            })
        #expect(try await backend.listUsers(query).count == before + 2)

        // This store's own commit.
        let found = try await backend.listUsers(UserQuery(pageSize: 1, emailSearch: "m1x1@")).items
        try await backend.deleteUser(id: try #require(found.first).id)
        #expect(try await backend.listUsers(query).count == before + 1)
        #expect(try await backend.listUsers(query.counting).count == before + 1)
    }
}
