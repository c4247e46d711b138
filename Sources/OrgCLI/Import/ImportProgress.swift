import Foundation

/// An import's tally and its `ProgressBar` (rows done of the total, the rate, the time left and the
/// failures so far). One task at a time uses it (the one that hears each row's end).
final class ImportProgress: @unchecked Sendable {
    /// The rows that ended so far, by outcome.
    private(set) var tally = ImportTally()
    private let bar: ProgressBar

    /// A bar for `total` rows (`isTerminal` defaults to whether standard error is one).
    init(total: Int, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        bar = ProgressBar(total: total, isTerminal: isTerminal)
    }

    /// The bar's text for `tally` after `elapsed` seconds, at most `width` columns.
    func line(_ tally: ImportTally, elapsed: Double, width: Int = 80) -> String {
        bar.line(done: tally.done, elapsed: elapsed, width: width, detail: Self.detail(tally))
    }

    /// Counts a row that ended and redraws the bar.
    func add(_ outcome: ImportOutcome) {
        tally.add(outcome)
        update()
    }

    /// Redraws the bar unless it was drawn less than 100 ms ago (`force` draws anyway).
    func update(force: Bool = false) {
        bar.update(done: tally.done, detail: Self.detail(tally), force: force)
    }

    /// Erases the bar, so the summary takes its line.
    func clear() {
        bar.clear()
    }

    private static func detail(_ tally: ImportTally) -> String {
        "\(tally.failed) failed"
    }
}
