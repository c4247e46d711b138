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

    func run(into table: inout BenchTable) async throws {
        guard let wrk = HTTPLoadSection.wrk(for: section, into: &table) else { return }
        let server = try await HTTPBenchServer(users: Self.users, delay: .zero)
        let page = try await Self.wrk(
            wrk, url: server.baseURL.absoluteString + "/users?page_size=100", token: server.token)
        let floor = try await Self.wrk(wrk, url: server.baseURL.absoluteString + "/users?page_size=100", token: nil)
        await server.stop()
        let observedServer = try await HTTPBenchServer(users: Self.users, delay: .zero, observed: true)
        let observed = try await Self.wrk(
            wrk, url: observedServer.baseURL.absoluteString + "/users?page_size=100", token: observedServer.token)
        await observedServer.stop()
        table.add(
            BenchTable.Row(
                section: section, measure: "listUsers, \(Self.connections) connections: requests/s",
                figure: String(format: "%.0f/s", page.rate), peer: String(format: "401 floor %.0f/s", floor.rate),
                ratio: String(format: "%.2fx", page.rate / floor.rate), goal: ">= \(Int(Self.rateGoal))/s",
                verdict: BenchTable.verdict(page.rate >= Self.rateGoal)))
        table.add(
            BenchTable.Row(
                section: section, measure: "listUsers, \(Self.connections) connections: p99",
                figure: Samples.text(page.p99), peer: "401 floor \(Samples.text(floor.p99))",
                goal: "<= \(Samples.text(Self.p99Goal))", verdict: BenchTable.verdict(page.p99 <= Self.p99Goal)))
        table.add(
            BenchTable.Row(
                section: section, measure: "the same with /metrics and JSON logs: requests/s",
                figure: String(format: "%.0f/s", observed.rate), peer: String(format: "without %.0f/s", page.rate),
                ratio: String(format: "%.2fx", observed.rate / page.rate), goal: ">= 0.95x",
                verdict: BenchTable.verdict(observed.rate >= 0.95 * page.rate)))
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
