import Foundation
import GRDB
import OrgModel
import OrgStore

/// The local store at one size: creating it, pages, and name searches, each beside the same query as
/// plain SQL (a `LIKE '%q%'` scan, an `OFFSET` page, `count(*)`) on the same file.
struct StoreSection: BenchSection {
    /// The users in the store.
    let users: Int

    /// The searches measured: common, rare, with a space, matching nobody.
    static let searches = ["son", "Oyelaran", "an l", "xyzzy"]

    /// Goals at a million users.
    static let goalSize = 1_000_000
    static let searchGoal = 0.010, searchRatioGoal = 20.0, pageGoal = 0.002, creationGoal = 60.0

    private var section: String { "store \(users.formatted())" }
    private var hasGoals: Bool { users >= Self.goalSize }

    func run(into table: inout BenchTable) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orgbench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("org.sqlite").path

        let clock = ContinuousClock()
        var population = DemoPopulation(seed: 1)
        let generation = clock.measure { _ = population.next(users) }
        let start = clock.now, startCPU = Self.processCPUSeconds()
        let store = try DemoPopulation.createStore(at: path, users: users)
        let creation = (clock.now - start).seconds, creationCPU = Self.processCPUSeconds() - startCPU
        table.add(
            BenchTable.Row(
                section: section, measure: "create (generate + import)",
                figure: "\(Samples.text(creation)) (CPU \(Samples.text(creationCPU)))",
                peer: "generate only \(Samples.text(generation.seconds))",
                goal: hasGoals ? "< \(Int(Self.creationGoal)) s" : "",
                verdict: hasGoals ? BenchTable.verdict(creation < Self.creationGoal) : ""))

        let backend = store.backend()
        let plain = try DatabaseQueue(path: path, configuration: Self.readOnly)
        let lastPage = max(1, (users + 1) / UserQuery.maxPageSize - 1)
        for (name, pageNumber) in [("first page", 1), ("page \(lastPage.formatted()) (near the end)", lastPage)] {
            let query = UserQuery(pageNumber: pageNumber)
            let figure = try await Samples.measure { _ = try await backend.listUsers(query) }
            let peer = try await Samples.measure { try Self.plainPage(plain, offset: query.offset) }
            add(name, figure: figure, peer: peer, peerName: "OFFSET", goal: Self.pageGoal, ratioGoal: nil, to: &table)
        }
        if hasGoals { try await FilterRows(section: section).add(backend, into: &table) }
        if hasGoals { try await NameSearchRows(section: section).add(backend, into: &table) }
        for term in Self.searches {
            let query = UserQuery(nameSearch: term)
            let matches = try await backend.listUsers(UserQuery(pageSize: 0, nameSearch: term)).count
            let figure = try await Samples.measure { _ = try await backend.listUsers(query) }
            let peer = try await Samples.measure(minimum: 3, maximum: 50) { try Self.plainSearch(plain, term: term) }
            add(
                "search \"\(term)\" (\(matches.formatted()) match)", figure: figure, peer: peer, peerName: "LIKE",
                goal: Self.searchGoal, ratioGoal: Self.searchRatioGoal, to: &table)
        }
    }

    /// Adds a row for `figure` beside `peer`, judged against the goals at a million users.
    private func add(
        _ measure: String, figure: Samples, peer: Samples, peerName: String, goal: Double,
        ratioGoal: Double?, to table: inout BenchTable
    ) {
        let ratio = peer.p50 / figure.p50
        let judged = measure.hasPrefix("search") ? figure.p50 : figure.p95
        let goalText =
            (measure.hasPrefix("search") ? "p50" : "p95") + " <= \(Samples.text(goal))"
            + (ratioGoal.map { ", >= \(Int($0))x" } ?? "")
        table.add(
            BenchTable.Row(
                section: section, measure: measure, figure: figure.text,
                peer: "\(peerName) p50 \(Samples.text(peer.p50))",
                ratio: Samples.ratio(peer: peer.p50, figure: figure.p50),
                goal: hasGoals ? goalText : "",
                verdict: hasGoals ? BenchTable.verdict(judged <= goal && ratio >= (ratioGoal ?? 0)) : ""))
    }

    /// The page at `offset` with the count, as plain SQL would get it: `count(*)` and `OFFSET`.
    private static func plainPage(_ db: DatabaseQueue, offset: Int) throws {
        try db.read { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM member")
            _ = try Row.fetchAll(
                db, sql: "SELECT id, name, email FROM member ORDER BY name_key, id LIMIT ? OFFSET ?",
                arguments: [UserQuery.maxPageSize, offset])
        }
    }

    /// The first page of a search with its count, as a plain `LIKE '%term%'` scan.
    private static func plainSearch(_ db: DatabaseQueue, term: String) throws {
        let pattern = "%" + term + "%"
        try db.read { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM member WHERE name LIKE ?", arguments: [pattern])
            _ = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, name, email FROM member WHERE name LIKE ? ORDER BY name_key, id LIMIT ?
                    """, arguments: [pattern, UserQuery.maxPageSize])
        }
    }

    /// The user and system CPU time this process has used, in seconds: beside a wall-clock time, it
    /// shows how much of it other processes on a busy machine took.
    private static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static var readOnly: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }
}
