import Foundation
import OrgStore

/// `orgtui users list --all` as a script runs it, the release build measured from the outside with its output
/// read through a pipe: a 1,000,000-user store as CSV beside `sqlite3 -csv` selecting the same columns in the
/// same order (the floor), with orgtui's peak resident memory; and 5,000 users over HTTP with 25 ms added to
/// every request, 8 in flight beside `--concurrency 1` (the pages one after another).
struct CLISection: BenchSection {
    static let users = 1_000_000, httpUsers = 5_000
    static let delay: Duration = .milliseconds(25)
    /// Timed runs of each program, of which the median is reported.
    static let runs = 3
    static let floorRatioGoal = 3.0, residentGoal = 60 * 1_048_576, speedupGoal = 6.0
    static let selectSQL = "SELECT id, name, email FROM member ORDER BY name_key, id"

    let section = "cli users list --all"

    func run(into table: inout BenchTable) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgbench-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let home = directory.path
        let environment = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"]
        let orgtui = try TerminalSection.orgtui()
        try await local(orgtui, directory: directory, environment: environment, into: &table)
        try await http(orgtui, environment: environment, into: &table)
    }

    /// The CSV of a million users beside sqlite3's, and orgtui's peak RSS.
    private func local(
        _ orgtui: String, directory: URL, environment: [String: String], into table: inout BenchTable
    ) async throws {
        guard let sqlite3 = ExecutableSearch.onPath("sqlite3") else {
            throw ChildRun.Failed(description: "no sqlite3 on PATH (make deps installs it)")
        }
        let path = directory.appendingPathComponent("org.sqlite").path
        _ = try DemoPopulation.createStore(at: path, users: Self.users)
        var ours: [ChildRun] = [], floor: [ChildRun] = []
        for _ in 0..<Self.runs {
            floor.append(try await ChildRun.measure([sqlite3, "-csv", "-header", path, Self.selectSQL]))
            ours.append(
                try await ChildRun.measure(
                    [orgtui, "users", "list", "--all", "-o", "csv", "--store", path], environment: environment))
        }
        let figure = Samples.median(ours.map(\.seconds)), peer = Samples.median(floor.map(\.seconds))
        let lines = ours.map(\.lines), floorLines = floor.map(\.lines)
        let complete = Set(lines + floorLines).count == 1
        table.add(
            BenchTable.Row(
                section: section, measure: "\(Self.users.formatted()) users, -o csv (median of \(Self.runs))",
                figure: Samples.text(figure) + (complete ? "" : " (lines \(lines) vs sqlite3 \(floorLines))"),
                peer: "sqlite3 -csv \(Samples.text(peer))", ratio: String(format: "%.1fx sqlite3", figure / peer),
                goal: "<= \(Int(Self.floorRatioGoal))x sqlite3",
                verdict: BenchTable.verdict(complete && figure <= Self.floorRatioGoal * peer)))
        let resident = ours.map(\.peakResidentBytes).max() ?? 0
        let floorResident = floor.map(\.peakResidentBytes).max() ?? 0
        table.add(
            BenchTable.Row(
                section: section, measure: "\(Self.users.formatted()) users, -o csv: peak RSS",
                figure: Self.megabytes(resident), peer: "sqlite3 -csv \(Self.megabytes(floorResident))",
                goal: "< \(Self.megabytes(Self.residentGoal))",
                verdict: BenchTable.verdict(resident < Self.residentGoal)))
    }

    /// Every page over HTTP with the delay, 8 in flight beside one after another; then the scans (`scans`) on the
    /// same server, which stands in for the platform (no document, the filters ignored).
    private func http(_ orgtui: String, environment: [String: String], into table: inout BenchTable) async throws {
        let server = try await HTTPBenchServer(users: Self.httpUsers, delay: Self.delay, platform: true)
        var environment = environment
        environment["ORGTUI_TOKEN"] = server.token
        let list = [orgtui, "users", "list", "--all", "-o", "csv", "--api", server.baseURL.absoluteString]
        var parallel: [ChildRun] = [], sequential: [ChildRun] = []
        do {
            for _ in 0..<Self.runs {
                parallel.append(try await ChildRun.measure(list, environment: environment))
                sequential.append(try await ChildRun.measure(list + ["--concurrency", "1"], environment: environment))
            }
        } catch {
            await server.stop()
            throw error
        }
        let figure = Samples.median(parallel.map(\.seconds)), peer = Samples.median(sequential.map(\.seconds))
        let complete = Set((parallel + sequential).map(\.lines)) == [Self.httpUsers + 2]
        table.add(
            BenchTable.Row(
                section: section,
                measure:
                    "HTTP +\(Int(Self.delay.seconds * 1_000)) ms, \(Self.httpUsers.formatted()) users, 8 in flight",
                figure: Samples.text(figure) + (complete ? "" : " (rows missing)"),
                peer: "--concurrency 1 \(Samples.text(peer))", ratio: Samples.ratio(peer: peer, figure: figure),
                goal: ">= \(Int(Self.speedupGoal))x",
                verdict: BenchTable.verdict(complete && peer >= Self.speedupGoal * figure)))
        do {
            try await scans(orgtui, server: server, environment: environment, unfiltered: figure, into: &table)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
