import Foundation
import OrgModel

/// What `users list` prints when the backend cannot apply its filters (the platform lacks the role, email and
/// sign-in filters, and takes names of A-Z only): a `UserScan`, whose matches are written as they are found,
/// its progress on standard error while that is a terminal (`ProgressBar`), and one line at the end saying
/// how much was scanned. Ctrl-C stops it with what was found (`ImportStop` catches the signal).
struct UserScanListing {
    /// The filters, and the page of the matches printed without `all`.
    var query: UserQuery
    /// Every match rather than the page `query` names.
    var all = false
    /// The most users to print; nil for no limit.
    var limit: Int?
    /// The most requests in flight.
    var concurrency = 8

    /// How the scan ended: its progress, the rows printed, whether Ctrl-C stopped it, and whether it stopped
    /// because the rows asked for were all printed.
    struct Outcome: Equatable {
        var progress: ScanProgress
        var written: Int
        var interrupted: Bool
        var filled: Bool
    }

    /// The matches printed, by their index among all matches: the page without `all`, then `limit` at most.
    var window: Range<Int> {
        let size = max(query.effectivePageSize, 1)
        let start = all ? 0 : min(query.offset, Int.max - size)
        let end = all ? Int.max : start + size
        return start..<min(end, limit.map { start + min($0, end - start) } ?? end)
    }

    /// Scans `backend` and prints the matches to `descriptor` in `output`'s format, each user's roles too with
    /// `roles`.
    func print(
        _ backend: any Backend, _ output: OutputOptions, roles: Bool, descriptor: Int32 = STDOUT_FILENO
    ) throws -> Outcome {
        roles
            ? try print(backend, RowWriter(output, descriptor: descriptor), readsRoles: true) { user, cache in
                UserDetails(user: user, roles: cache.roles(of: user.id) ?? [])
            }
            : try print(backend, RowWriter(output, descriptor: descriptor), readsRoles: false) { user, _ in user }
    }

    private func print<Row: OutputRow>(
        _ backend: any Backend, _ writer: RowWriter<Row>, readsRoles: Bool,
        row: @escaping @Sendable (User, RoleCache) -> Row
    ) throws -> Outcome {
        let stop = try ImportStop()
        let state = ScanPrinting(writer: writer, window: window)
        var reading = UserScan(query: query, concurrency: concurrency)
        reading.readsRoles = readsRoles
        let scan = reading
        let cache = RoleCache()
        let result = Result { () throws(BackendError) in
            try Blocking.wait { () async throws(BackendError) in
                try await scan.run(on: backend, cache: cache, shouldStop: { state.filled || stop.requested }) {
                    users, progress in
                    state.take(users.map { row($0, cache) }, progress)
                }
            }
        }
        try state.finish()
        let progress = try result.mapError(CLIFailure.init).get()
        return Outcome(
            progress: progress, written: state.written, interrupted: !state.filled && stop.requested,
            filled: state.filled)
    }

    /// The line for standard error at the end: what was scanned and found, and what to do when it is partial.
    func note(_ outcome: Outcome) -> String {
        let progress = outcome.progress
        let users = ScanProgress.grouped(progress.total)
        if outcome.interrupted {
            return "Interrupted after scanning \(ScanProgress.grouped(progress.scanned)) of \(users) users: the "
                + "\(ScanProgress.grouped(outcome.written)) printed are only part of the matches. Run it again "
                + "to scan every user."
        }
        if outcome.filled, !progress.complete {
            let limited = limit.map { outcome.written >= $0 } ?? false
            return "Printed \(ScanProgress.grouped(outcome.written)) matches after scanning "
                + "\(ScanProgress.grouped(progress.scanned)) of \(users) users"
                + (all || limited ? "." : "; --all for every match.")
        }
        return "Scanned all \(users) users here, as this server cannot apply the filter itself: "
            + "\(ScanProgress.grouped(progress.found)) found."
    }
}

/// A scan's printing, shared by the scan's tasks (one report at a time): the rows in the window go to the
/// writer, flushed after each page with the bar erased first (both may be the same terminal), and the progress
/// to a bar on standard error once the total is known.
private final class ScanPrinting<Row: OutputRow>: @unchecked Sendable {
    private let lock = NSLock()
    private let writer: RowWriter<Row>
    private let window: Range<Int>
    private var matched = 0
    private var bar: ProgressBar?
    private var failure: Error?

    init(writer: RowWriter<Row>, window: Range<Int>) {
        self.writer = writer
        self.window = window
    }

    /// How many rows were printed.
    var written: Int { lock.withLock { max(0, min(matched, window.upperBound) - window.lowerBound) } }

    /// Whether every row of the window was printed, or printing failed: the scan may stop.
    var filled: Bool { lock.withLock { matched >= window.upperBound || failure != nil } }

    /// Prints the rows of a page that fall in the window and redraws the progress.
    func take(_ rows: [Row], _ progress: ScanProgress) {
        lock.withLock {
            for row in rows {
                defer { matched += 1 }
                guard window.contains(matched), failure == nil else { continue }
                do { try writer.write(row) } catch { failure = error }
            }
            if !rows.isEmpty {
                bar?.clear()
                writer.flush()
            }
            if bar == nil, progress.total > 0 { bar = ProgressBar(total: progress.total, unit: "users") }
            bar?.update(done: progress.scanned, detail: progress.summary, force: !rows.isEmpty)
        }
    }

    /// Erases the bar and ends the output (JSON's array closed); throws what failed to print.
    func finish() throws {
        try lock.withLock {
            bar?.clear()
            writer.finish()
            if let failure { throw failure }
        }
    }
}
