import OrgModel
import OrgRecords
import OrgStore
import Testing

/// A search's or filter's count, and the sorted matches of a deep page, are kept while the store is unchanged
/// (`SQLiteStore.counts`, `KeptOrders`): every commit, by this store or another process's, makes the next
/// answer read them again, so no answer is ever stale.
@Suite struct StoreKeptAnswersTests {
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

    /// One user per page, so that the later pages of a rare term come from its sorted matches, not a walk.
    @Test func everyPageOfASearchFollowsEveryCommit() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.emptyStore(at: directory.file("org.sqlite"))
        try store.importMembers(StoreFixtures.members(40))
        let backend = store.backend()
        try await Self.expectEveryPage(backend, term: "okafor")
        try await Self.expectEveryPage(backend, term: "okafor")

        let other = try SQLiteStore(openingAt: store.path)
        try other.importMembers([
            MemberSeed(name: "Aaron Okafor", email: "aaron@example.test", roles: [.analyst], connection: .googleOAuth2),
            MemberSeed(name: "Ola Okaforth", email: "ola@example.test", roles: [.analyst], connection: .googleOAuth2),
        ])
        let count = try await Self.expectEveryPage(backend, term: "okafor")
        #expect(count == 9)
        let found = try await backend.listUsers(UserQuery(pageSize: 1, emailSearch: "aaron@")).items
        try await backend.deleteUser(id: try #require(found.first).id)
        #expect(try await Self.expectEveryPage(backend, term: "okafor") == 8)
    }

    /// Checks each page of one user of the search for `term` against the whole list, filtered here; returns
    /// how many match.
    @discardableResult
    private static func expectEveryPage(_ backend: some Backend, term: String) async throws -> Int {
        var everyone: [User] = []
        while true {
            let page = try await backend.listUsers(UserQuery(pageNumber: everyone.count / 100 + 1, pageSize: 100))
            everyone += page.items
            if everyone.count >= page.count { break }
        }
        let expected = everyone.filter { NameFold.key($0.name).contains(NameFold.key(term)) }
        for (index, user) in expected.enumerated() {
            let page = try await backend.listUsers(UserQuery(pageNumber: index + 1, pageSize: 1, nameSearch: term))
            #expect(page.count == expected.count)
            #expect(page.items == [user], "page \(index + 1)")
        }
        return expected.count
    }
}
