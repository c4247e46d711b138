import Foundation
import OrgCLI

/// The progress bar an import draws on standard error when it is a terminal: rows done of the total,
/// the rate, the time left and the failures so far, redrawn in place at most ten times a second.
/// Nothing of it is written when standard error is not a terminal. It also keeps the tally; one task at a
/// time uses it (the one that hears each row's end).
final class ImportProgress: @unchecked Sendable {
    /// The rows that ended so far, by outcome.
    private(set) var tally = ImportTally()
    private let total: Int
    private let start = Date()
    private let isTerminal: Bool
    private var drawn: ContinuousClock.Instant?

    /// A bar for `total` rows (`isTerminal` defaults to whether standard error is one).
    init(total: Int, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.isTerminal = isTerminal
    }

    /// The bar's text for `tally` after `elapsed` seconds, at most `width` columns.
    func line(_ tally: ImportTally, elapsed: Double, width: Int = 80) -> String {
        let done = tally.done
        let cells = 20
        let filled = total == 0 ? cells : done * cells / total
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? String(format: "%.0f s", Double(total - done) / rate) : "?"
        let text =
            "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: cells - filled) + "] "
            + "\(done)/\(total)  \(String(format: "%.1f", rate))/s  ETA \(left)  \(tally.failed) failed"
        return String(text.prefix(max(0, width - 1)))
    }

    /// Counts a row that ended and redraws the bar.
    func add(_ outcome: ImportOutcome) {
        tally.add(outcome)
        update()
    }

    /// Redraws the bar unless it was drawn less than 100 ms ago (`force` draws anyway).
    func update(force: Bool = false) {
        guard isTerminal else { return }
        let now = ContinuousClock.now
        if !force, let drawn, now - drawn < .milliseconds(100) { return }
        drawn = now
        let text = Sanitizer.clean(line(tally, elapsed: Date().timeIntervalSince(start), width: Self.columns()))
        FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
    }

    /// Erases the bar, so the summary takes its line.
    func clear() {
        guard isTerminal, drawn != nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// Standard error's width in columns, 80 when unknown.
    private static func columns() -> Int {
        var size = winsize()
        return ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }
}
