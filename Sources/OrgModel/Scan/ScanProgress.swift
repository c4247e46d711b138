/// How far a `UserScan` got: the users checked of the organization's total, and how many matched.
public struct ScanProgress: Hashable, Sendable {
    /// Users checked so far.
    public var scanned: Int
    /// Users the list said it holds (of those the pages' query asks for).
    public var total: Int
    /// Users that matched so far.
    public var found: Int
    /// Whether every page was checked; false while scanning and after a stop.
    public var complete: Bool

    public init(scanned: Int = 0, total: Int = 0, found: Int = 0, complete: Bool = false) {
        self.scanned = scanned
        self.total = total
        self.found = found
        self.complete = complete
    }

    /// `scanned 1,200 of 5,000`.
    public var scannedText: String {
        "scanned \(Self.grouped(scanned)) of \(Self.grouped(total))"
    }

    /// `12 found · scanned 1,200 of 5,000` while scanning or after a stop, `12 found` once complete.
    public var summary: String {
        complete ? "\(Self.grouped(found)) found" : "\(Self.grouped(found)) found · \(scannedText)"
    }

    /// `n` with a comma between each group of three digits (`Int.grouped`).
    public static func grouped(_ n: Int) -> String { n.grouped }
}
