import Foundation
import OrgModel
import OrgPostgres
import OrgStore

/// `orgbench postgres`: the throwaway cluster of scripts/with-postgres (`ORGTUI_TEST_DATABASE_URL`) holding the
/// demo organization at `users` members (copied from a demo store with `orgtui store copy`'s code), beside that
/// SQLite store in the same run: listUsers through two `orgtui serve --database` instances with 64 connections
/// in all, beside one `orgtui serve --store` instance with 64; and the first page, page 9,999 and the search
/// "son" through each Backend.
struct PostgresSection: BenchSection {
    let users: Int
    static let page9999Goal = 0.005, searchGoal = 0.020

    private var section: String { "postgres \(users / 1_000_000)M" }

    func run(into table: inout BenchTable) async throws {
        guard let url = ProcessInfo.processInfo.environment["ORGTUI_TEST_DATABASE_URL"], !url.isEmpty else {
            table.add(
                BenchTable.Row(
                    section: section, measure: "PostgreSQL",
                    figure: "no cluster: run orgbench through scripts/with-postgres, as make bench does",
                    verdict: BenchTable.verdict(false)))
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orgbench-pg-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("org.sqlite").path
        let local = try DemoPopulation.createStore(at: path, users: users)
        let location = try PostgresLocation(url: url)
        _ = try await PostgresStore.copy(try local.snapshot(), to: location)
        let postgres = try await PostgresStore.open(location)
        defer { postgres.shutdown() }

        try await addQueries(postgres.backend(), beside: local.backend(), into: &table)
        try await FilterRows(section: section).add(postgres.backend(), into: &table)
        try await NameSearchRows(section: section).add(postgres.backend(), into: &table)
        try await addLoad(database: url, store: path, into: &table)
    }

    /// p50 and p95 of the first page, page 9,999 and the search "son" on each backend.
    private func addQueries(_ figure: any Backend, beside peer: any Backend, into table: inout BenchTable)
        async throws
    {
        let queries: [(measure: String, query: UserQuery, goal: Double?)] = [
            ("listUsers first page", UserQuery(pageNumber: 1, pageSize: 100), nil),
            ("listUsers page 9,999", UserQuery(pageNumber: 9_999, pageSize: 100), Self.page9999Goal),
            ("search \"son\"", UserQuery(pageNumber: 1, pageSize: 100, nameSearch: "son"), Self.searchGoal),
        ]
        for (measure, query, goal) in queries {
            let postgres = try await Samples.measure { _ = try await figure.listUsers(query) }
            let sqlite = try await Samples.measure { _ = try await peer.listUsers(query) }
            table.add(
                BenchTable.Row(
                    section: section, measure: measure + " (PostgreSQL)", figure: postgres.text,
                    peer: "SQLite " + sqlite.text, ratio: Samples.ratio(peer: sqlite.p50, figure: postgres.p50),
                    goal: goal.map { "p50 <= " + Samples.text($0) } ?? "",
                    verdict: goal.map { BenchTable.verdict(postgres.p50 <= $0) } ?? ""))
        }
    }

    /// wrk on listUsers (a page of 100): two PostgreSQL-backed instances with half the connections each (their
    /// rates summed, the larger p99), beside one SQLite-backed instance with them all.
    private func addLoad(database: String, store: String, into table: inout BenchTable) async throws {
        guard let wrk = HTTPLoadSection.wrk(for: section, into: &table) else { return }
        let connections = HTTPLoadSection.connections
        let email = "dana.demo@acme.test"  // the demo store's admin
        let databaseToken = try await ServeProcess.token(storage: ["--database", database], email: email)
        let storeToken = try await ServeProcess.token(storage: ["--store", store], email: email)
        let instances = try (0..<2).map { _ in try ServeProcess(storage: ["--database", database]) }
        defer { instances.forEach { $0.stop() } }
        let urls = instances.map { $0.baseURL + "/users?page_size=100" }
        async let first = HTTPLoadSection.wrk(wrk, url: urls[0], token: databaseToken, connections: connections / 2)
        async let second = HTTPLoadSection.wrk(wrk, url: urls[1], token: databaseToken, connections: connections / 2)
        let (one, two) = try await (first, second)
        instances.forEach { $0.stop() }
        let single = try ServeProcess(storage: ["--store", store])
        defer { single.stop() }
        let sqlite = try await HTTPLoadSection.wrk(
            wrk, url: single.baseURL + "/users?page_size=100", token: storeToken, connections: connections)
        let rate = one.rate + two.rate
        let p99 = max(one.p99, two.p99)
        table.add(
            BenchTable.Row(
                section: section, measure: "listUsers, 2 instances, \(connections) connections: requests/s",
                figure: String(format: "%.0f/s", rate), peer: String(format: "SQLite serve %.0f/s", sqlite.rate),
                ratio: String(format: "%.2fx", rate / sqlite.rate)))
        table.add(
            BenchTable.Row(
                section: section, measure: "listUsers, 2 instances, \(connections) connections: p99",
                figure: Samples.text(p99), peer: "SQLite serve " + Samples.text(sqlite.p99)))
    }
}
