import ChildProcesses
import Foundation
import OrgHTTP
import OrgModel

/// `orgtui users import` of 1,000 new people against the served store with 25 ms added to every request,
/// beside the floor its 8 requests in flight allow: 1000 / 8 = 125 round trips, measured one after another
/// to the same server in the same run.
struct ImportSection: BenchSection {
    static let delay: Duration = .milliseconds(25)
    static let rows = 1_000
    static let concurrency = 8
    static let goal = 1.5

    private let section = "import +25 ms"

    func run(into table: inout BenchTable) async throws {
        let orgtui = try TerminalSection.orgtui()
        let server = try await HTTPBenchServer(users: 10, delay: Self.delay)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orgbench-import-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let figures: (seconds: Double, floor: Double, status: Int32)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let file = directory.appendingPathComponent("people.csv").path
            let lines = (1...Self.rows).map { "bench.\($0)@example.com,Bench Person \($0),developer;analyst," }
            try ("email,name,roles,connection\n" + lines.joined(separator: "\n") + "\n").write(
                toFile: file, atomically: true, encoding: .utf8)
            let trips = Self.rows / Self.concurrency
            let floor = try await Self.sequentialTrips(trips, server)
            let (seconds, status) = try await Self.importFile(orgtui, file, server, state: directory.path)
            figures = (seconds, floor, status)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        let ratio = figures.seconds / figures.floor
        table.add(
            BenchTable.Row(
                section: section, measure: "users import of \(Self.rows) rows, \(Self.concurrency) in flight",
                figure: figures.status == 0 ? Samples.text(figures.seconds) : "exit \(figures.status)",
                peer: "\(Self.rows / Self.concurrency) trips \(Samples.text(figures.floor))",
                ratio: String(format: "%.2fx floor", ratio), goal: "<= \(Self.goal)x floor",
                verdict: BenchTable.verdict(figures.status == 0 && ratio <= Self.goal)))
    }

    /// `count` requests to the server, one after another.
    static func sequentialTrips(_ count: Int, _ server: HTTPBenchServer) async throws -> Double {
        let backend = HTTPBackend(baseURL: server.baseURL, credential: Credential(token: server.token)!)
        let start = ContinuousClock.now
        for _ in 0..<count { _ = try await backend.getOrganization() }
        return (ContinuousClock.now - start).seconds
    }

    /// Runs the import, awaited off the concurrency pool (waiting on it would starve the server); its wall time
    /// and exit status.
    static func importFile(
        _ orgtui: String, _ file: String, _ server: HTTPBenchServer, state: String
    ) async throws -> (Double, Int32) {
        let start = ContinuousClock.now
        let child = try ChildProcess(
            [orgtui, "users", "import", file, "--api", server.baseURL.absoluteString],
            environment: .adding(["ORGTUI_TOKEN": server.token, "XDG_STATE_HOME": state]))
        let status = await child.exitStatus()
        return ((ContinuousClock.now - start).seconds, status)
    }
}
