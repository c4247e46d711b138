import ChildProcesses
import Foundation

/// wrk against the server's listUsers (a full page of 100) with 64 connections on loopback for a bounded
/// time, beside the same server answering 401 to a request without a credential (no store work: the
/// floor of HTTP handling on this machine).
struct HTTPLoadSection: BenchSection {
    static let users = 10_000
    static let connections = 64
    static let seconds = 5
    static let rateGoal = 5_000.0, p99Goal = 0.020

    private let section = "http serve"

    /// Runs of each server: the plain and the observed one take turns, and each row gives the median, as one
    /// 5-second run varies by more than the 5% the observed row is judged by.
    static let rounds = 3

    func run(into table: inout BenchTable) async throws {
        guard let wrk = HTTPLoadSection.wrk(for: section, into: &table) else { return }
        let server = try await HTTPBenchServer(users: Self.users, delay: .zero)
        let observedServer = try await HTTPBenchServer(users: Self.users, delay: .zero, observed: true)
        var plain: [(rate: Double, p99: Double)] = [], observed: [(rate: Double, p99: Double)] = []
        for _ in 0..<Self.rounds {
            plain.append(try await Self.listUsers(wrk, server))
            observed.append(try await Self.listUsers(wrk, observedServer))
        }
        let floor = try await Self.wrk(wrk, url: server.baseURL.absoluteString + "/users?page_size=100", token: nil)
        await server.stop()
        await observedServer.stop()
        let page = (rate: Samples.median(plain.map(\.rate)), p99: Samples.median(plain.map(\.p99)))
        let observedRate = Samples.median(observed.map(\.rate))
        table.add(
            BenchTable.Row(
                section: section,
                measure: "listUsers, \(Self.connections) connections: requests/s (median of \(Self.rounds))",
                figure: String(format: "%.0f/s", page.rate), peer: String(format: "401 floor %.0f/s", floor.rate),
                ratio: String(format: "%.2fx", page.rate / floor.rate), goal: ">= \(Int(Self.rateGoal))/s",
                verdict: BenchTable.verdict(page.rate >= Self.rateGoal)))
        table.add(
            BenchTable.Row(
                section: section, measure: "listUsers, \(Self.connections) connections: p99 (median of \(Self.rounds))",
                figure: Samples.text(page.p99), peer: "401 floor \(Samples.text(floor.p99))",
                goal: "<= \(Samples.text(Self.p99Goal))", verdict: BenchTable.verdict(page.p99 <= Self.p99Goal)))
        table.add(
            BenchTable.Row(
                section: section,
                measure:
                    "the same with /metrics and JSON logs: requests/s (median of \(Self.rounds), runs taking turns)",
                figure: String(format: "%.0f/s", observedRate),
                peer: String(format: "without %.0f/s", page.rate),
                ratio: String(format: "%.2fx", observedRate / page.rate), goal: ">= 0.95x",
                verdict: BenchTable.verdict(observedRate >= 0.95 * page.rate)))
    }

    /// One wrk run of `server`'s listUsers, a full page of 100.
    private static func listUsers(_ wrk: String, _ server: HTTPBenchServer) async throws -> (rate: Double, p99: Double)
    {
        try await Self.wrk(wrk, url: server.baseURL.absoluteString + "/users?page_size=100", token: server.token)
    }

    /// wrk's path, or nil after a failed row for `section` saying that it is not installed.
    static func wrk(for section: String, into table: inout BenchTable) -> String? {
        if let wrk = ExecutableSearch.onPath("wrk") { return wrk }
        table.add(
            BenchTable.Row(
                section: section, measure: "wrk listUsers", figure: "wrk not installed",
                verdict: BenchTable.verdict(false)))
        return nil
    }

    /// Requests per second and the 99th percentile latency of one bounded wrk run, awaited off the concurrency
    /// pool: waiting for wrk on one of its threads (two on a 2-core machine) would leave the server under test
    /// only the other.
    static func wrk(_ wrk: String, url: String, token: String?, connections: Int = connections) async throws -> (
        rate: Double, p99: Double
    ) {
        var arguments = [wrk, "-t\(min(2, connections))", "-c\(connections)", "-d\(seconds)s", "--latency"]
        if let token { arguments += ["-H", "Authorization: \(token)"] }
        let text = try await ChildProcess.run(arguments + [url], stderr: .null).output
        let rate = text.firstMatch(of: #/Requests/sec:\s+([0-9.]+)/#).flatMap { Double($0.1) } ?? 0
        let p99 =
            text.firstMatch(of: #/99%\s+([0-9.]+)(us|ms|s)/#).map { match in
                (Double(match.1) ?? 0) * (match.2 == "us" ? 1e-6 : match.2 == "ms" ? 1e-3 : 1)
            } ?? .infinity
        return (rate, p99)
    }
}
