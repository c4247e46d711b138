/// How many rows of an import ended which way so far, for the progress bar and the summary.
struct ImportTally: Hashable, Sendable {
    var invited = 0
    var skipped = 0
    var failed = 0
    var notSent = 0

    /// Counts one more row.
    mutating func add(_ outcome: ImportOutcome) {
        switch outcome {
        case .invited: invited += 1
        case .skipped: skipped += 1
        case .failed: failed += 1
        case .notSent: notSent += 1
        }
    }

    /// Rows that ended (sent or refused), not counting those never sent.
    var done: Int { invited + skipped + failed }

    /// `3 invited, 1 skipped, 0 failed` (and `, 5 not sent` when some were not).
    var text: String {
        "\(invited) invited, \(skipped) skipped, \(failed) failed" + (notSent > 0 ? ", \(notSent) not sent" : "")
    }
}
