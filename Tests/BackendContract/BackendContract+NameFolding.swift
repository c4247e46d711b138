import OrgModel
import Testing

extension BackendContract {
    /// Issue 23: on our own backends a name search ignores case and accents and takes letters of any script,
    /// 2 or more; the platform is sent only terms of its rule (`^[a-zA-Z ]{3,}$`), and a term outside it is
    /// refused unsent there (`.unsupported`) or scanned.
    static let nameFoldingChecks = [
        ContractCheck("name_search ignores case and accents and takes names of any script, in order") {
            fixture async throws in
            let terms = [
                "garcia", "GARCÍA", "loic", "côte", "yildiz", "YILDIZ", "최서연", "서연", "Ng", "soren", "strasse",
                "Ayse Yil",
            ]
            for term in terms {
                let expected = ContractData.matching(UserQuery(nameSearch: term))
                #expect(!expected.isEmpty, "\(term)")
                guard let page = try await listing(fixture, UserQuery(nameSearch: term)) else { continue }
                #expect(page == UserPage(count: expected.count, items: Array(expected.prefix(100))), "\(term)")
                #expect(try await allPages(fixture.member, pageSize: 1, search: term) == expected, "\(term)")
            }
            let garcia = try await listing(fixture, UserQuery(nameSearch: "garcia"))
            #expect(garcia?.items.contains(ContractData.scripts[0].user) == true)
        },
        ContractCheck("a 2-letter name_search pages with the exact count") { fixture async throws in
            let expected = ContractData.matching(UserQuery(nameSearch: "ra"))
            #expect(expected.count > 100)
            for (pageNumber, pageSize) in [(1, 100), (2, 100), (3, 7), (50, 10)] {
                let query = UserQuery(pageNumber: pageNumber, pageSize: pageSize, nameSearch: "RA")
                guard let page = try await listing(fixture, query) else { return }
                let items = Array(expected.dropFirst(query.offset).prefix(pageSize))
                #expect(page == UserPage(count: expected.count, items: items), "\(query)")
            }
            let countOnly = try await listing(fixture, UserQuery(pageSize: 0, nameSearch: "ra"))
            #expect(countOnly.map { $0 == UserPage(count: expected.count, items: []) } ?? true)
        },
    ]

    /// The page `query` lists, or nil when the backend is the platform, which refuses unsent (`.unsupported`)
    /// a name outside its rule; our own backends must answer.
    private static func listing(_ fixture: ContractFixture, _ query: UserQuery) async throws -> UserPage? {
        let outsidePlatformRule = query.nameSearch.flatMap(Validation.nameSearchProblem) != nil
        do {
            return try await fixture.admin.listUsers(query)
        } catch let error {
            guard case .unsupported = error, !fixture.keepsInvitations, outsidePlatformRule else { throw error }
            return nil
        }
    }
}
