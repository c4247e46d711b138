import BackendContract
import OrgModel
import OrgPostgres
import OrgRecords
import Testing

/// A deep page of a name search (from `PostgresUserSearch.deepOffset`) comes from the matches sorted once and
/// kept while the change counter stands still: each page equals the whole list filtered, before and after a
/// change, so a kept order is never stale.
@Suite struct PostgresKeptAnswersTests {
    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func theDeepPagesOfASearchFollowEveryChange() async throws {
        try await TestDatabase.withDatabase { url in
            let store = try await TestDatabase.contractStore(url)
            defer { store.shutdown() }
            let backend = store.backend()
            try await store.importMembers(
                (0..<1_050).map {
                    MemberSeed(
                        name: "Sonja \(String(UnicodeScalar(UInt8(65 + $0 % 26)))) Sonne\($0)",
                        email: "sonja\($0)@acme.test", roles: [.analyst], connection: .usernamePassword)
                })
            let before = try await Self.expectDeepPages(backend)
            #expect(try await Self.expectDeepPages(backend) == before)
            #expect(before >= 1_050)
            try await store.importMembers([
                MemberSeed(name: "Aaron Sonne", email: "aaron@acme.test", roles: [.analyst], connection: .googleOAuth2)
            ])
            #expect(try await Self.expectDeepPages(backend) == before + 1)
            let found = try await backend.listUsers(UserQuery(pageSize: 1, emailSearch: "sonja7@")).items
            try await backend.deleteUser(id: try #require(found.first).id)
            #expect(try await Self.expectDeepPages(backend) == before)
        }
    }

    /// Checks the pages of 10 from offset 990 of the search "sonn" against the whole list, filtered here;
    /// returns how many match.
    @discardableResult
    private static func expectDeepPages(_ backend: some Backend) async throws -> Int {
        let expected = try await BackendContract.allPages(backend, pageSize: 100).filter {
            NameFold.key($0.name).contains("sonn")
        }
        for number in 100...(expected.count + 9) / 10 {
            let page = try await backend.listUsers(UserQuery(pageNumber: number, pageSize: 10, nameSearch: "sonn"))
            #expect(page.count == expected.count)
            #expect(page.items == Array(expected.dropFirst((number - 1) * 10).prefix(10)), "page \(number)")
        }
        return expected.count
    }
}
