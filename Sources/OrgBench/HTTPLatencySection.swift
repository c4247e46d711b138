import Foundation
import OrgHTTP
import OrgModel

/// The first screen over HTTP with 25 ms added to every request: from start to the first rows, and to
/// every visible row's roles, as the view model and effect runner ask for them (organization, me and the
/// first page at once; roles at most 8 in flight), beside the same screen built with sequential requests.
struct HTTPLatencySection: BenchSection {
    static let delay: Duration = .milliseconds(25)
    static let users = 1_000
    static let runs = 5
    static let speedupGoal = 5.0

    private let section = "http +25 ms"

    func run(into table: inout BenchTable) async throws {
        let server = try await HTTPBenchServer(users: Self.users, delay: Self.delay)
        do {
            try await measure(server, into: &table)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func measure(_ server: HTTPBenchServer, into table: inout BenchTable) async throws {
        let backend = HTTPBackend(baseURL: server.baseURL, credential: Credential(token: server.token)!)
        var rows: [Double] = [], roles: [Double] = [], sequential: [Double] = []
        var screenRows = 0
        for run in 0...Self.runs {
            let (rowsSeconds, rolesSeconds, count) = try await Self.viewModelScreen(backend)
            let sequentialSeconds = try await Self.sequentialScreen(backend, rows: count)
            guard run > 0 else { continue }
            rows.append(rowsSeconds)
            roles.append(rolesSeconds)
            sequential.append(sequentialSeconds)
            screenRows = count
        }
        let trip = Self.delay.seconds
        let rowsMedian = Samples(seconds: rows.sorted()).p50, rolesMedian = Samples(seconds: roles.sorted()).p50
        let sequentialMedian = Samples(seconds: sequential.sorted()).p50
        let roleTrips = (Double(screenRows) / 8).rounded(.up)
        table.add(
            BenchTable.Row(
                section: section, measure: "start to first rows (p50)", figure: Samples.text(rowsMedian),
                peer: "1 round trip \(Samples.text(trip))", ratio: String(format: "%.1f trips", rowsMedian / trip),
                goal: "about 1 trip", verdict: BenchTable.verdict(rowsMedian < 2 * trip)))
        table.add(
            BenchTable.Row(
                section: section, measure: "start to \(screenRows) rows with roles (p50)",
                figure: Samples.text(rolesMedian),
                peer: "sequential \(Samples.text(sequentialMedian))",
                ratio: Samples.ratio(peer: sequentialMedian, figure: rolesMedian),
                goal: "<= \(Int(roleTrips) + 1) trips + 50%, >= 5x",
                verdict: BenchTable.verdict(
                    rolesMedian <= (roleTrips + 1) * trip * 1.5 && sequentialMedian / rolesMedian >= Self.speedupGoal)))
    }

    /// Runs the view model and effect runner from `.started` until the screen's rows and then all their
    /// roles are shown; returns both times and the number of rows on the screen.
    static func viewModelScreen(_ backend: HTTPBackend) async throws -> (Double, Double, Int) {
        let (events, continuation) = AsyncStream.makeStream(of: Event.self)
        let runner = EffectRunner(backend: backend) { continuation.yield($0) }
        defer { runner.cancelAll() }
        var state = AppState(width: 80, height: 24)
        let start = ContinuousClock.now
        runner.perform(reduce(&state, .started).filter(\.isBackendWork))
        var firstRows: Double?
        for await event in events {
            runner.perform(reduce(&state, event).filter(\.isBackendWork))
            let users = state.visibleRows.filter { $0.user != nil }
            guard !users.isEmpty else { continue }
            if firstRows == nil { firstRows = (ContinuousClock.now - start).seconds }
            if users.allSatisfy({ $0.roles != nil }) {
                return (firstRows!, (ContinuousClock.now - start).seconds, users.count)
            }
        }
        throw CancellationError()
    }

    /// The same screen one request after another: organization, me, the first page, then each row's roles.
    static func sequentialScreen(_ backend: HTTPBackend, rows: Int) async throws -> Double {
        let start = ContinuousClock.now
        _ = try await backend.getOrganization()
        _ = try await backend.getMe()
        let page = try await backend.listUsers(UserQuery(pageNumber: 1, pageSize: UserQuery.maxPageSize))
        for user in page.items.prefix(rows) { _ = try await backend.getUser(id: user.id) }
        return (ContinuousClock.now - start).seconds
    }
}
