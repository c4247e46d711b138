import OrgModel
import Testing

extension BackendContract {
    /// contract.md's extensions of `listUsers`: `role`, `email_search` and `connection`, with each other, with
    /// `name_search` and with paging, the count always that of every match.
    static let filterChecks = [
        ContractCheck("role lists the users holding any of the roles, with the exact count") { fixture async throws in
            for roles: Set<Role> in [[.admin], [.developer], [.analyst], [.admin, .analyst], Set(Role.allCases)] {
                try await expectListing(fixture, UserQuery(roles: roles))
            }
            #expect(try await fixture.admin.listUsers(UserQuery(roles: [.admin])).items == [ContractData.me.user])
        },
        ContractCheck("email_search matches a part of the address without case, wildcards taken literally") {
            fixture async throws in
            for term in ["grace@", "GRACE@ACME", "acme.test", "smith.", ".4", "@"] {
                try await expectListing(fixture, UserQuery(emailSearch: term), nonEmpty: true)
            }
            for term in ["%", "_", "grace%", "a_a", "*", "' OR 1=1 --", "nobody@nowhere"] {
                #expect(
                    try await fixture.admin.listUsers(UserQuery(emailSearch: term)) == UserPage(count: 0, items: []))
            }
        },
        ContractCheck("connection lists the users of one sign-in method") { fixture async throws in
            for connection in Connection.allCases {
                try await expectListing(fixture, UserQuery(connection: connection), nonEmpty: true)
            }
        },
        ContractCheck("filters combine with each other, with name_search and with paging") { fixture async throws in
            let queries = [
                UserQuery(nameSearch: "ray", roles: [.developer]),
                UserQuery(nameSearch: "ray", roles: [.analyst], connection: .googleOAuth2),
                UserQuery(roles: [.analyst], emailSearch: "acme.test", connection: .usernamePassword),
                UserQuery(nameSearch: "ames", roles: [.developer], emailSearch: "ALICE", connection: .googleOAuth2),
                UserQuery(nameSearch: "smith", roles: [.admin]),
            ]
            for query in queries {
                try await expectListing(fixture, query)
                let expected = ContractData.matching(query)
                #expect(try await allPages(fixture.member, query, pageSize: 7) == expected, "\(query)")
                var page3 = query
                (page3.pageNumber, page3.pageSize) = (3, 4)
                let third = try await fixture.admin.listUsers(page3)
                #expect(third == UserPage(count: expected.count, items: Array(expected.dropFirst(8).prefix(4))))
                var countOnly = query
                countOnly.pageSize = 0
                #expect(try await fixture.admin.listUsers(countOnly) == UserPage(count: expected.count, items: []))
            }
        },
        ContractCheck("an empty email_search or one over 254 characters answers 422") { fixture async throws in
            for term in ["", String(repeating: "a", count: 255), String(repeating: "\u{1F600}", count: 255)] {
                let query = UserQuery(emailSearch: term)
                let problem = try #require(query.problem)
                #expect(try await Refusal.of { _ = try await fixture.admin.listUsers(query) } == .invalid(problem))
            }
            let longest = String(repeating: "a", count: 254)
            #expect(try await fixture.admin.listUsers(UserQuery(emailSearch: longest)) == UserPage(count: 0, items: []))
        },
    ]

    /// Checks the first page of `query` and its count against `ContractData.matching`.
    private static func expectListing(
        _ fixture: ContractFixture, _ query: UserQuery, nonEmpty: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let expected = ContractData.matching(query)
        if nonEmpty { #expect(!expected.isEmpty, "\(query)", sourceLocation: sourceLocation) }
        let page = try await fixture.admin.listUsers(query)
        #expect(page.count == expected.count, "\(query)", sourceLocation: sourceLocation)
        #expect(
            page.items == Array(expected.prefix(query.effectivePageSize)), "\(query)", sourceLocation: sourceLocation)
    }
}
