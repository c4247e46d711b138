import ArgumentParser
import Foundation
import OrgFiles
import OrgText
import OrgHTTP
import OrgModel

extension UsersCommand {
    /// `orgtui users import FILE|-`: invites everyone a CSV file lists, after checking every row; a re-run of
    /// the same file sends nothing twice (`ImportJournal`).
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Invite everyone listed in a CSV file (columns email, name, roles, connection).",
            discussion: """
                The header row names the columns, in any order: email, name, roles (separated by ; or |) and, \
                optionally, connection (google-oauth2, password, or empty for google-oauth2). Every row is \
                checked before anything is sent. A row ends invited, skipped (already a member or invited) or \
                failed; running the same file again skips the rows that ended invited or skipped (its journal is \
                kept in $XDG_STATE_HOME/orgtui/, which must be yours alone). Exit status: 0 when no row failed, 2 \
                when some did, 64 for invalid rows (nothing sent), 130 when interrupted.
                """)

        @OptionGroup var backend: BackendOptions

        @Argument(help: ArgumentHelp("The CSV file, or - for standard input.", valueName: "file"))
        var file: String

        @Option(help: "Invitations in flight at once, 1 to 64.")
        var concurrency = 8

        @Flag(help: "Send the valid rows even when others are invalid (those are reported as failed).")
        var skipInvalid = false

        @Flag(help: "Check the file and print what would be sent; send nothing.")
        var dryRun = false

        @Option(help: ArgumentHelp("Write each row's outcome to this CSV file.", valueName: "file"))
        var report: String?

        @Flag(help: "Leave the report's cells that a spreadsheet would run as a formula as they are.")
        var rawCSV = false

        /// The most problems listed before the rest are counted.
        static let problemsShown = 20

        func validate() throws {
            if !(1...64).contains(concurrency) {
                throw ValidationError("--concurrency must be 1 to 64 (got \(concurrency)).")
            }
        }

        func run() throws {
            let content = try read()
            let parsed: ImportFile
            do {
                parsed = try ImportFile(content)
            } catch let error as ImportFile.Unreadable {
                throw CLIFailure("\(displayName): \(error.description)", status: .usage)
            }
            Self.list(parsed.problems.map(\.description), noun: "problem")
            if !parsed.problems.isEmpty && !skipInvalid {
                let invalid = Self.count(Set(parsed.problems.map(\.line)).count, "invalid row")
                throw CLIFailure(
                    "\(displayName) has \(invalid); nothing was sent. Fix them, or pass --skip-invalid to send "
                        + "the valid rows.",
                    status: .usage)
            }
            if dryRun { return printPlan(parsed.rows) }
            let source = try BackendConnection.open(backend)
            let journal = try openJournal(content)
            let pending = parsed.rows.filter { !journal.done.contains($0.invitation.email.lowercased()) }
            let sent = try send(pending, to: source, journal: journal)
            var entries = Dictionary(grouping: parsed.problems, by: \.line).map { line, problems in
                ImportReport.Entry(
                    line: line, email: problems[0].email, outcome: "failed",
                    reason: "invalid: " + problems.map { "\($0.field): \($0.reason)" }.joined(separator: " "))
            }
            var tally = sent.tally
            for row in parsed.rows where journal.done.contains(row.invitation.email.lowercased()) {
                let earlier = ImportOutcome.skipped("ended in an earlier run of this file")
                tally.add(earlier)
                entries.append(.init(row, earlier))
            }
            tally.failed += Set(parsed.problems.map(\.line)).count
            entries += zip(pending, sent.run.outcomes).map { ImportReport.Entry($0, $1) }
            if let report { try write(entries, to: report) }
            Self.list(
                zip(pending, sent.run.outcomes).compactMap { row, outcome in
                    guard case .failed(let reason) = outcome else { return nil }
                    return "line \(row.line), \(row.invitation.email): \(reason)"
                }, noun: "failure")
            try finish(tally, sent: sent, journal: journal)
        }

        /// The file's bytes, or standard input's for `-`.
        private func read() throws -> Data {
            if file == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIFailure("Cannot read \(file): no such file, or not readable.", status: .usage)
            }
            return data
        }

        private var displayName: String { file == "-" ? "standard input" : file }

        /// The journal for this content and backend, in `$XDG_STATE_HOME/orgtui/`, which must be yours alone.
        private func openJournal(_ content: Data) throws -> ImportJournal {
            let environment = ProcessInfo.processInfo.environment
            let backend = try backend.resolved(environment: environment)
            let backendName =
                BackendConnection.usesAPI(backend.api, environment: environment)
                ? "api " + (try HTTPBackend.baseURL(option: backend.api, environment: environment)).absoluteString
                : "store " + URL(fileURLWithPath: backend.location.store).standardizedFileURL.path
            let directory = (XDGDirectory.state.path("journal", environment: environment) as NSString)
                .deletingLastPathComponent
            do {
                return try ImportJournal(
                    directory: PrivateDirectory(directory), content: content, backend: backendName)
            } catch {
                throw CLIFailure(error.description)
            }
        }

        /// Sends `rows` with a progress bar, stopping on Ctrl-C.
        private func send(
            _ rows: [ImportRow], to source: any Backend, journal: ImportJournal
        ) throws -> Sent {
            let stop = try ImportStop()
            let progress = ImportProgress(total: rows.count)
            let start = Date()
            let invite = BulkInvite(backend: source, concurrency: concurrency)
            let run = try Blocking.wait { () async throws(BackendError) in
                await invite.run(rows, shouldStop: { stop.requested }) { index, outcome in
                    if outcome.isFinal { journal.record(rows[index].invitation.email) }
                    progress.add(outcome)
                }
            }
            progress.clear()
            var tally = progress.tally
            tally.notSent = run.outcomes.count { $0 == .notSent }
            return Sent(run: run, tally: tally, seconds: Date().timeIntervalSince(start), stopped: stop.requested)
        }

        /// What sending did: the run, its tally, how long it took, and whether a signal stopped it.
        private struct Sent {
            var run: BulkInvite.Result
            var tally: ImportTally
            var seconds: Double
            var stopped: Bool
        }

        /// Prints the summary and the failures, and ends with the status they call for.
        private func finish(_ tally: ImportTally, sent: Sent, journal: ImportJournal) throws {
            Console.error("\(tally.text) in \(String(format: "%.1f", sent.seconds)) s.")
            if let ending = sent.run.ending { throw CLIFailure(ending) }
            if sent.stopped {
                Console.error("Interrupted: run the same command again to send the rest (\(journal.path)).")
                throw ExitCode(ExitStatus.interrupted.rawValue)
            }
            if tally.failed > 0 {
                throw CLIFailure(
                    "\(Self.count(tally.failed, "row")) failed" + (report.map { "; see \($0)." } ?? "."),
                    status: .someRowsFailed)
            }
        }

        private func write(_ entries: [ImportReport.Entry], to path: String) throws {
            do {
                try ImportReport.write(entries, to: path, raw: rawCSV)
            } catch {
                throw CLIFailure("Cannot write the report \(path): \(error.localizedDescription)")
            }
        }

        /// `--dry-run`: the invitations that would be sent, as a table on standard output.
        private func printPlan(_ rows: [ImportRow]) {
            var table = TextTable("LINE", "EMAIL", "NAME", "ROLES", "CONNECTION")
            for row in rows {
                let invitation = row.invitation
                table.add(
                    String(row.line), invitation.email, invitation.name, invitation.roles.label,
                    invitation.connection.rawValue)
            }
            table.lines.forEach(Console.out)
            Console.error("Dry run: \(Self.count(rows.count, "invitation")) would be sent; nothing was.")
        }

        /// Prints `items` on standard error, at most `problemsShown`, then how many more there are.
        private static func list(_ items: [String], noun: String) {
            items.prefix(problemsShown).forEach(Console.error)
            if items.count > problemsShown {
                Console.error("… and \(count(items.count - problemsShown, noun)) more.")
            }
        }

        /// `1 row`, `3 rows`.
        private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    }
}

extension ImportReport.Entry {
    /// The report's line for `row`, which ended `outcome`.
    init(_ row: ImportRow, _ outcome: ImportOutcome) {
        self.init(line: row.line, email: row.invitation.email, outcome: outcome.label, reason: outcome.reason)
    }
}
