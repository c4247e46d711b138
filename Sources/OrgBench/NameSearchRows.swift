import OrgModel

/// Name searches on one backend (issue 23), each beside the unfiltered page of the same number measured in the
/// same run: deep pages of a common term (page 500 of "son", with the goal), and the first page of a common, an
/// accent-folded and a 2-letter term. `StoreSection` adds them at a million users, `PostgresSection` on its
/// cluster. A backend that keeps a search's count, or its sorted matches, until the store changes answers the
/// repeated asks from them: the first ask is shown beside them.
struct NameSearchRows {
    /// The table's section the rows go to, such as `store 1,000,000`.
    let section: String

    static let deepGoal = 0.020

    /// The searches measured: the term, the page, and whether the page has the goal.
    static let searches: [(term: String, page: Int, hasGoal: Bool)] = [
        ("son", 500, true), ("son", 1, false), ("garcia", 1, false), ("ng", 1, false),
    ]

    /// Measures each search and the unfiltered page of its number, and adds a row per search.
    func add(_ backend: any Backend, into table: inout BenchTable) async throws {
        for (term, page, hasGoal) in Self.searches {
            let query = UserQuery(pageNumber: page, nameSearch: term)
            let (matches, first) = try await Samples.once { try await backend.listUsers(query).count }
            let figure = try await Self.measure { _ = try await backend.listUsers(query) }
            let unfiltered = try await Self.measure { _ = try await backend.listUsers(UserQuery(pageNumber: page)) }
            table.add(
                BenchTable.Row(
                    section: section,
                    measure: "page \(page) of name_search \"\(term)\" (\(matches.formatted()) match)",
                    figure: Self.text(figure) + ", first ask \(Samples.text(first))",
                    peer: "unfiltered " + Self.text(unfiltered),
                    ratio: Samples.ratio(peer: unfiltered.p50, figure: figure.p50),
                    goal: hasGoal ? "p50 <= \(Samples.text(Self.deepGoal))" : "",
                    verdict: hasGoal ? BenchTable.verdict(figure.p50 <= Self.deepGoal) : ""))
        }
    }

    /// `p50 1.23 ms, p99 4.56 ms`.
    private static func text(_ samples: Samples) -> String {
        "p50 \(Samples.text(samples.p50)), p99 \(Samples.text(samples.percentile(0.99)))"
    }

    /// At least 20 runs, within about 2 s.
    private static func measure(_ body: () async throws -> Void) async throws -> Samples {
        try await Samples.measure(minimum: 20, maximum: 500, budget: .seconds(2), body)
    }
}
