import Foundation

/// The release `orgtui` in an 80x24 pseudo-terminal (xterm-256color) on a demo store, measured from the
/// outside: exec to the first full frame beside `sqlite3` running the same first-page query, the bytes
/// written for a cursor move and for a page change, the CPU used while idle (the live refresh on, as by
/// default: the store's change counter asked each second) and the peak RSS, beside the
/// `sqlite3` shell idle at its prompt after that query.
struct TerminalSection: BenchSection {
    /// The users in the store.
    let users: Int
    /// Timed runs of each program (after one warm-up run), of which the median is reported: 11 rather than 5,
    /// since on this shared machine the median of 5 sqlite3 runs moved between 3.2 and 4.6 ms from one run of
    /// the section to the next.
    var runs = 11

    /// The first-page query, as the store runs it.
    static let firstPageSQL = "SELECT id,name,email FROM member ORDER BY name_key, id LIMIT 100"
    static let idle: Duration = .seconds(10)
    static let frameRatioGoal = 2.0, moveBytesGoal = 200, pageBytesGoal = 3 * 1_024
    static let idleCPUGoal = 0.010, residentGoal = 30 * 1_024 * 1_024
    static let rows = 24, columns = 80

    private var section: String { "terminal \(users.formatted())" }

    func run(into table: inout BenchTable) async throws {
        do {
            try measure(into: &table)
        } catch {
            table.add(
                BenchTable.Row(
                    section: section, measure: "orgtui in a pseudo-terminal",
                    figure: "failed: \(error)", verdict: BenchTable.verdict(false)))
        }
    }

    private func measure(into table: inout BenchTable) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgbench-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("org.sqlite").path
        let probe = TerminalProbe(home: directory.path)
        let orgtui = try Self.orgtui(), sqlite3 = try Self.onPath("sqlite3")

        try probe.complete(orgtui, ["demo", "--store", store, "--users", String(users)], timeout: .seconds(900))
        let query = ["-list", store, Self.firstPageSQL]
        let firstPage = try Self.emails(probe.complete(sqlite3, query).output)

        var peerSeconds: [Double] = [], helpSeconds: [Double] = [], runs: [TerminalRun] = []
        var idleRows: [BenchTable.Row] = []
        for index in 0...self.runs {
            let peer = try probe.complete(sqlite3, query).seconds
            let help = try probe.complete(orgtui, ["--help"]).seconds
            let (run, child) = try TerminalRun.measure(probe, orgtui: orgtui, store: store, firstPage: firstPage)
            if index == self.runs {
                idleRows = try self.idleRows(child, probe: probe, sqlite3: sqlite3, store: store)
            }
            child.send("\u{3}")
            child.finish()
            if index > 0 {
                peerSeconds.append(peer)
                helpSeconds.append(help)
                runs.append(run)
            }
        }
        addFrameRows(runs, peerSeconds: peerSeconds, helpSeconds: helpSeconds, into: &table)
        idleRows.forEach { table.add($0) }
    }

    /// Rows for the first frame and the bytes of a cursor move and a page change, medians of `runs`;
    /// beside the first frame, `sqlite3` and `orgtui --help` (the process start-up alone) from exec to exit.
    private func addFrameRows(
        _ runs: [TerminalRun], peerSeconds: [Double], helpSeconds: [Double],
        into table: inout BenchTable
    ) {
        let frame = Samples.median(runs.map(\.firstFrameSeconds)), peer = Samples.median(peerSeconds)
        let frameBytes = Samples.median(runs.map(\.firstFrameBytes))
        table.add(
            BenchTable.Row(
                section: section, measure: "exec to first full frame (median of \(runs.count))",
                figure: Samples.text(frame),
                peer:
                    "sqlite3 first page \(Samples.text(peer)); orgtui --help \(Samples.text(Samples.median(helpSeconds)))",
                ratio: Samples.ratio(peer: peer, figure: frame), goal: "<= 2x sqlite3",
                verdict: BenchTable.verdict(frame <= Self.frameRatioGoal * peer)))
        let move = Samples.median(runs.map(\.moveBytes)), moveClears = runs.contains { $0.clears.move }
        let cells = Self.rows * Self.columns
        table.add(
            BenchTable.Row(
                section: section, measure: "bytes for a cursor move (j)",
                figure: "\(move.formatted()) B (text \(Samples.median(runs.map(\.moveTextBytes))) B)"
                    + (moveClears ? ", clears the screen" : ""),
                peer: "2 rows \((2 * Self.columns).formatted()) cells; first frame \(frameBytes.formatted()) B",
                goal: "<= \(Self.moveBytesGoal) B, no full redraw",
                verdict: BenchTable.verdict(move <= Self.moveBytesGoal && !moveClears && move < frameBytes / 2)))
        let page = Samples.median(runs.map(\.pageBytes)), pageClears = runs.contains { $0.clears.page }
        let firstPageDown = Samples.median(runs.map(\.firstPageDownBytes))
        table.add(
            BenchTable.Row(
                section: section, measure: "bytes for a page change (2nd PgDn: all rows new)",
                figure: "\(page.formatted()) B (1st PgDn \(firstPageDown.formatted()) B)"
                    + (pageClears ? ", clears the screen" : ""),
                peer: "screen \(cells.formatted()) cells; first frame \(frameBytes.formatted()) B",
                goal: "<= \(Self.pageBytesGoal.formatted()) B",
                verdict: BenchTable.verdict(max(page, firstPageDown) <= Self.pageBytesGoal)))
    }

    /// Rows for the CPU `child` uses over `idle` and its peak RSS, beside the `sqlite3` shell on `store`
    /// after the first-page query, idle at its prompt over the same seconds.
    private func idleRows(
        _ child: PtyChild, probe: TerminalProbe, sqlite3: String,
        store: String
    ) throws -> [BenchTable.Row] {
        let shell = try probe.start(sqlite3, ["-list", store])
        shell.send(Self.firstPageSQL + ";\n")
        try probe.settle(shell)
        let before = (child.cpuSeconds, child.cpuClockSeconds, shell.cpuClockSeconds)
        child.discardOutput()
        child.read(timeout: Self.idle) { _ in false }
        let after = (child.cpuSeconds, child.cpuClockSeconds, shell.cpuClockSeconds)
        guard let ticks = Self.difference(before.0, after.0), let cpu = Self.difference(before.1, after.1),
            let shellCPU = Self.difference(before.2, after.2),
            let resident = child.peakResidentBytes, let shellResident = shell.peakResidentBytes
        else {
            throw PtyChild.Failure(description: "cannot read /proc for \(child.pid) or \(shell.pid)")
        }
        shell.send(".quit\n")
        shell.finish()
        let seconds = Int(Self.idle.seconds)
        let written = child.output.isEmpty ? "" : ", wrote \(child.output.count.formatted()) B"
        // /proc/<pid>/stat counts whole clock ticks (10 ms): one tick that lands while the child runs
        // reads as 10 ms. The child's CPU-time clock is exact, so it is the figure judged.
        return [
            BenchTable.Row(
                section: section, measure: "CPU over \(seconds) s idle (user+sys), checking the store each second",
                figure: "\(Samples.text(cpu)) (/proc stat \(Samples.text(ticks)))\(written)",
                peer: "sqlite3 shell \(Samples.text(shellCPU))", goal: "<= \(Samples.text(Self.idleCPUGoal))",
                verdict: BenchTable.verdict(cpu <= Self.idleCPUGoal)),
            BenchTable.Row(
                section: section, measure: "peak RSS (VmHWM)", figure: Self.megabytes(resident),
                peer: "sqlite3 shell \(Self.megabytes(shellResident))",
                ratio: Samples.ratio(peer: Double(shellResident), figure: Double(resident)),
                goal: "<= \(Self.megabytes(Self.residentGoal))",
                verdict: BenchTable.verdict(resident <= Self.residentGoal)),
        ]
    }

    /// The emails in `sqlite3 -list` output of the first-page query (`id|name|email` lines), in order.
    private static func emails(_ output: [UInt8]) throws -> [String] {
        let emails = String(decoding: output, as: UTF8.self).split(whereSeparator: \.isNewline)
            .compactMap { $0.split(separator: "|").last.map(String.init) }
        guard !emails.isEmpty else { throw PtyChild.Failure(description: "sqlite3 printed no first page") }
        return emails
    }

    /// The release `orgtui` beside this executable.
    static func orgtui() throws -> String {
        let path = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .deletingLastPathComponent().appendingPathComponent("orgtui").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw PtyChild.Failure(description: "no \(path): swift build -c release --product orgtui")
        }
        return path
    }

    /// The full path of `program` on PATH.
    private static func onPath(_ program: String) throws -> String {
        guard let path = ExecutableSearch.onPath(program) else {
            throw PtyChild.Failure(description: "no \(program) on PATH (make deps installs it)")
        }
        return path
    }

    private static func difference(_ before: Double?, _ after: Double?) -> Double? {
        guard let before, let after else { return nil }
        return after - before
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
