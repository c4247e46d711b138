/// A bulk role change under way: how many answers are in, and each failure by name.
public struct BulkProgress: Hashable, Sendable {
    public internal(set) var total: Int
    /// The change, such as `+admin -analyst`, or `undo`.
    public internal(set) var label: String
    public internal(set) var succeeded = 0
    /// The answers, among `succeeded`, that found the roles already as the change leaves them.
    public internal(set) var unchanged = 0
    /// "Name: reason" for each user whose change failed.
    public internal(set) var failures: [String] = []

    /// Whether every request has been answered.
    public var isFinished: Bool { succeeded + failures.count >= total }

    /// What the status line says once every answer is in: the users whose roles changed, those that were
    /// already so, and each failure.
    var summary: String {
        let changed = succeeded - unchanged
        let already = unchanged == 0 ? nil : "\(unchanged) already \(unchanged == 1 ? "was" : "were") so"
        guard failures.isEmpty else {
            return "Roles changed (\(label)) for \(changed) of \(Self.users(total))"
                + (already.map { " (\($0))" } ?? "") + "; failed, still marked: " + failures.joined(separator: "; ")
        }
        guard changed > 0 else {
            return "Roles unchanged (\(label)): "
                + (total == 1 ? "the user already was so." : "all \(total) users already were so.")
        }
        return "Roles changed (\(label)) for \(Self.users(changed))" + (already.map { "; " + $0 } ?? "")
            + ". Press u to undo."
    }

    /// `1 user`, `3 users`.
    private static func users(_ count: Int) -> String {
        count == 1 ? "1 user" : "\(count) users"
    }

    /// What the status line says while the change is under way, such as `Changing roles (+admin): 2 of 5 done…`.
    public var statusText: String {
        "Changing roles (\(label)): \(succeeded + failures.count) of \(total) done…"
    }
}
