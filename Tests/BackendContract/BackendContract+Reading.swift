import OrgModel
import Testing

extension BackendContract {
    static let readingChecks = [
        ContractCheck("getOrganization answers the organization to admins and members") { fixture async throws in
            for backend in [fixture.admin, fixture.member] {
                let organization = try await backend.getOrganization()
                #expect(organization.name == ContractData.organizationName)
                #expect(organization.shortName == ContractData.organizationShortName)
                #expect(!organization.id.isEmpty)
                #expect(organization.createdAt <= organization.updatedAt)
            }
        },
        ContractCheck("getMe answers the signed-in member with roles") { fixture async throws in
            #expect(try await fixture.admin.getMe() == ContractData.me.details)
            #expect(try await fixture.member.getMe() == ContractData.member.details)
            #expect(try await fixture.backend(ContractData.google.id).getMe() == ContractData.google.details)
        },
        ContractCheck("getUser answers any member with roles, to admins and members") { fixture async throws in
            for backend in [fixture.admin, fixture.member] {
                for user in [ContractData.google, ContractData.ties[1], ContractData.international[2]] {
                    #expect(try await backend.getUser(id: user.id) == user.details)
                }
            }
        },
        ContractCheck("getUser of an unknown id answers 404") { fixture async throws in
            for id in ["auth0|ffffffffffffffffffffffff", "", "' OR 1=1 --", "../users/me"] {
                #expect(await ErrorKind.of { _ = try await fixture.admin.getUser(id: id) } == .notFound)
            }
        },
    ]

    static let pagingChecks = [
        ContractCheck("listUsers answers the first 100 users in order and the count of all") { fixture async throws in
            let page = try await fixture.admin.listUsers(UserQuery())
            #expect(page.count == ContractData.users.count)
            #expect(page.items == Array(ContractData.ordered.prefix(100)))
            #expect(try await fixture.member.listUsers(UserQuery()) == page)
        },
        ContractCheck("paging through everything yields each user once, by name without case then id") {
            fixture async throws in
            for pageSize in [7, 100] {
                let users = try await allPages(fixture.admin, pageSize: pageSize)
                #expect(users == ContractData.ordered)
                #expect(Set(users.map(\.id)).count == ContractData.users.count)
            }
            let ties = ContractData.ties.map(\.user)
            let listed = try await allPages(fixture.admin, pageSize: 100).filter { ties.contains($0) }
            #expect(listed.map(\.id) == ties.map(\.id).sorted())
        },
        ContractCheck("page_size above 100 is treated as 100") { fixture async throws in
            let page = try await fixture.admin.listUsers(UserQuery(pageNumber: 2, pageSize: 250))
            #expect(page.count == ContractData.users.count)
            #expect(page.items == Array(ContractData.ordered[100..<200]))
        },
        ContractCheck("page_size 0 answers the count and no items") { fixture async throws in
            let page = try await fixture.admin.listUsers(UserQuery(pageNumber: 3, pageSize: 0))
            #expect(page == UserPage(count: ContractData.users.count, items: []))
        },
        ContractCheck("a page beyond the end is empty with the count") { fixture async throws in
            for pageNumber in [4, 1_000, 1_000_000] {
                let page = try await fixture.admin.listUsers(UserQuery(pageNumber: pageNumber, pageSize: 100))
                #expect(page == UserPage(count: ContractData.users.count, items: []))
            }
            let last = try await fixture.admin.listUsers(UserQuery(pageNumber: 3, pageSize: 100))
            #expect(last.items == Array(ContractData.ordered[200...]))
        },
        ContractCheck("page_number below 1 and page_size below 0 answer 422") { fixture async throws in
            for query in [
                UserQuery(pageNumber: 0), UserQuery(pageNumber: -1), UserQuery(pageSize: -1),
                UserQuery(pageNumber: 0, pageSize: -1, nameSearch: "ann"),
            ] {
                let problem = try #require(query.problem, "\(query)")
                #expect(try await Refusal.of { _ = try await fixture.admin.listUsers(query) } == .invalid(problem))
            }
        },
    ]

    static let searchChecks = [
        ContractCheck("name_search matches a substring of the name without case, in order") { fixture async throws in
            for term in ["ame", "AME", "sMiTh", "ada ad", "ith", "ames"] {
                let expected = ContractData.sortedByName(
                    ContractData.users.map(\.user).filter { $0.name.lowercased().contains(term.lowercased()) })
                let page = try await fixture.admin.listUsers(UserQuery(nameSearch: term))
                #expect(!expected.isEmpty)
                #expect(page.count == expected.count, "\(term)")
                #expect(page.items == Array(expected.prefix(100)), "\(term)")
                #expect(try await allPages(fixture.member, pageSize: 3, search: term) == expected, "\(term)")
            }
        },
        ContractCheck("name_search that matches nobody answers an empty page with count 0") { fixture async throws in
            for term in ["qqq", "zzzz", "ada  admin", "   ", "ada OR bob", "ada AND NOT bob"] {
                let page = try await fixture.admin.listUsers(UserQuery(nameSearch: term))
                #expect(page == UserPage(count: 0, items: []), "\(term)")
            }
        },
        ContractCheck("name_search pages: clamping, page_size 0, a page beyond the end") { fixture async throws in
            let rays = ContractData.sortedByName(
                ContractData.users.map(\.user).filter { $0.name.lowercased().contains("ray") })
            #expect(rays.count > 100)
            let first = try await fixture.admin.listUsers(UserQuery(pageNumber: 1, pageSize: 250, nameSearch: "RAY"))
            #expect(first == UserPage(count: rays.count, items: Array(rays.prefix(100))))
            let second = try await fixture.admin.listUsers(UserQuery(pageNumber: 2, pageSize: 500, nameSearch: "ray"))
            #expect(second == UserPage(count: rays.count, items: Array(rays.dropFirst(100).prefix(100))))
            let countOnly = try await fixture.admin.listUsers(UserQuery(pageSize: 0, nameSearch: "ray"))
            #expect(countOnly == UserPage(count: rays.count, items: []))
            let beyond = try await fixture.admin.listUsers(UserQuery(pageNumber: 50, pageSize: 10, nameSearch: "ray"))
            #expect(beyond == UserPage(count: rays.count, items: []))
        },
        ContractCheck(
            "a name_search of other than letters and spaces, or of one letter, answers 422 and changes nothing"
        ) {
            fixture async throws in
            for term in [
                "a", "최 ", "a1c", "%%%", "' OR 1=1 --", "", "ann%", "an_", "ann\u{0}", "\"ann\"",
                "ann*", "ray OR bob", "NEAR ray",
            ] {
                let refusal = try await Refusal.of {
                    _ = try await fixture.admin.listUsers(UserQuery(nameSearch: term))
                }
                #expect(refusal == Validation.anyScriptNameSearchProblem(term).map(BackendError.invalid), "\(term)")
            }
            #expect(try await userCount(fixture.admin) == ContractData.users.count)
        },
    ]
}
