import Testing

@testable import OrgCLI

/// The import's progress bar: rows done of the total, the rate, the time left and the failures, cut to the
/// terminal's width.
@Suite struct ImportProgressTests {
    @Test func theBarSaysDoneRateTimeLeftAndFailures() {
        let progress = ImportProgress(total: 100, isTerminal: false)
        let tally = ImportTally(invited: 40, skipped: 5, failed: 5)
        #expect(progress.line(tally, elapsed: 10) == "[##########..........] 50/100  5.0/s  ETA 10 s  5 failed")
        #expect(progress.line(ImportTally(), elapsed: 0) == "[....................] 0/100  0.0/s  ETA ?  0 failed")
        #expect(progress.line(tally, elapsed: 10, width: 12) == "[##########")
    }
}
