extension Int {
    /// The sum, held at `Int.max` or `Int.min` instead of overflowing: rows and pages near a server's
    /// untrusted count never trap.
    func saturatingAdd(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
