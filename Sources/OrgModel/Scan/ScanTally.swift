import Foundation

/// A `UserScan`'s counts, shared by its tasks: the users seen (so a user the list moved onto a second page is
/// checked once), the progress, and the one `report` callback, called under the lock so that the progress it
/// hears never goes back.
final class ScanTally: @unchecked Sendable {
    private let lock = NSLock()
    private let report: @Sendable ([User], ScanProgress) -> Void
    private var progress = ScanProgress()
    private var seen: Set<String> = []
    private var reported = 0
    /// The first page that came back empty.
    private var end = Int.max

    init(report: @escaping @Sendable ([User], ScanProgress) -> Void) {
        self.report = report
    }

    /// Notes the count page `number` told (the largest yet: a list that grew is read to its end), and that the
    /// list ends before it when it came back empty (a count that claims more is not believed).
    func listed(count: Int, items: Int, page number: Int) {
        lock.withLock {
            progress.total = max(progress.total, count)
            if items == 0 { end = min(end, number) }
        }
    }

    /// How many pages of `size` the largest count told takes, short of the first empty page.
    func pages(of size: Int) -> Int {
        lock.withLock { min((min(progress.total, Int.max - size) + size - 1) / size, end - 1) }
    }

    /// The users of `users` not seen before, now seen.
    func claim(_ users: [User]) -> [User] {
        lock.withLock { users.filter { seen.insert($0.id).inserted } }
    }

    /// Counts `count` users checked; reports every 100.
    func checked(_ count: Int) {
        lock.withLock {
            progress.scanned += count
            if progress.scanned - reported >= 100 { send([]) }
        }
    }

    /// Counts and reports a page's matches.
    func found(_ users: [User]) {
        lock.withLock {
            progress.found += users.count
            send(users)
        }
    }

    /// The progress at the end, reported.
    func finish(complete: Bool) -> ScanProgress {
        lock.withLock {
            progress.complete = complete
            send([])
            return progress
        }
    }

    private func send(_ users: [User]) {
        reported = progress.scanned
        report(users, progress)
    }
}
