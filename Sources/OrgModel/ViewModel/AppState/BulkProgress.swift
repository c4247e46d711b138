/// A bulk role change under way: how many answers are in, and each failure by name.
public struct BulkProgress: Hashable, Sendable {
    public internal(set) var total: Int
    /// The change, such as `+admin -analyst`, or `undo`.
    public internal(set) var label: String
    public internal(set) var succeeded = 0
    /// "Name: reason" for each user whose change failed.
    public internal(set) var failures: [String] = []

    /// Whether every request has been answered.
    public var isFinished: Bool { succeeded + failures.count >= total }

    /// What the status line says while the change is under way, such as `Changing roles (+admin): 2 of 5 done…`.
    public var statusText: String {
        "Changing roles (\(label)): \(succeeded + failures.count) of \(total) done…"
    }
}
