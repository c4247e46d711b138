import OrgModel

/// The first page of the list filtered by role (`role=admin`) and by a part of the email
/// (`email_search=gmail`) on one backend, each beside the unfiltered first page measured in the same run
/// (issue 23). `StoreSection` adds them at a million users, `PostgresSection` on its cluster. A backend that
/// keeps a count until the store changes answers the repeated asks from it: the first ask, which counts, is
/// shown beside them.
struct FilterRows {
    /// The table's section the rows go to, such as `store 1,000,000`.
    let section: String

    static let p50Goal = 0.005, p99Goal = 0.020

    /// The filters measured: a role, an email part.
    static let filters: [(name: String, query: UserQuery)] = [
        ("role=admin", UserQuery(roles: [.admin])), ("email_search=gmail", UserQuery(emailSearch: "gmail")),
    ]

    /// Measures the unfiltered first page, then each filter's first page, and adds a row per filter.
    func add(_ backend: any Backend, into table: inout BenchTable) async throws {
        let unfiltered = try await Self.measure { _ = try await backend.listUsers(UserQuery()) }
        for (name, query) in Self.filters {
            let (matches, first) = try await Samples.once { try await backend.listUsers(query).count }
            let figure = try await Self.measure { _ = try await backend.listUsers(query) }
            let met = figure.p50 <= Self.p50Goal && figure.percentile(0.99) <= Self.p99Goal
            table.add(
                BenchTable.Row(
                    section: section, measure: "first page of \(name) (\(matches.formatted()) match)",
                    figure: Self.text(figure) + ", first ask \(Samples.text(first))",
                    peer: "unfiltered " + Self.text(unfiltered),
                    ratio: Samples.ratio(peer: unfiltered.p50, figure: figure.p50),
                    goal: "p50 <= \(Samples.text(Self.p50Goal)), p99 <= \(Samples.text(Self.p99Goal))",
                    verdict: BenchTable.verdict(met)))
        }
    }

    /// `p50 1.23 ms, p99 4.56 ms`.
    private static func text(_ samples: Samples) -> String {
        "p50 \(Samples.text(samples.p50)), p99 \(Samples.text(samples.percentile(0.99)))"
    }

    /// Enough runs for a p99 that is not the slowest run: at least 200, within about 3 s.
    private static func measure(_ body: () async throws -> Void) async throws -> Samples {
        try await Samples.measure(minimum: 200, maximum: 1_000, budget: .seconds(3), body)
    }
}
