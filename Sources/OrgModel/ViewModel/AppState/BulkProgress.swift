/// A change to several users under way (roles, their undo or redo, deletions, password resets): how many
/// answers are in, and each failure by name.
public struct BulkProgress: Hashable, Sendable {
    /// What is done to each user.
    public enum Kind: Hashable, Sendable { case roles, undo, redo, delete, resetPassword }

    public internal(set) var kind: Kind
    public internal(set) var total: Int
    /// The role change, such as `+admin -analyst` (empty for deletions and resets).
    public internal(set) var label: String
    public internal(set) var succeeded = 0
    /// The answers, among `succeeded`, that found the roles already as the change leaves them.
    public internal(set) var unchanged = 0
    /// "Name: reason" for each user whose change failed.
    public internal(set) var failures: [String] = []

    init(total: Int, label: String = "", kind: Kind = .roles) {
        self.kind = kind
        self.total = total
        self.label = label
    }

    /// Whether every request has been answered.
    public var isFinished: Bool { succeeded + failures.count >= total }

    /// What the status line says once every answer is in: the users changed, those that were already so,
    /// and each failure.
    var summary: String {
        let changed = succeeded - unchanged
        let already = unchanged == 0 ? nil : "\(unchanged) already \(unchanged == 1 ? "was" : "were") so"
        guard failures.isEmpty else {
            return done("\(changed) of \(Self.users(total))") + (already.map { " (\($0))" } ?? "")
                + "; failed, still marked: " + failures.joined(separator: "; ")
        }
        guard changed > 0 else {
            return nothingDone + (total == 1 ? "the user already was so." : "all \(total) users already were so.")
        }
        return done(Self.users(changed)) + (already.map { "; " + $0 } ?? "") + "." + hint
    }

    /// What was done to `users` (`3 users`).
    private func done(_ users: String) -> String {
        switch kind {
        case .roles: "Roles changed (\(label)) for \(users)"
        case .undo: "Undid \(label) for \(users)"
        case .redo: "Redid \(label) for \(users)"
        case .delete: "Deleted \(users)"
        case .resetPassword: "Password reset email sent to \(users)"
        }
    }

    /// Said when every user already was as the change leaves them.
    private var nothingDone: String {
        switch kind {
        case .roles, .delete, .resetPassword: "Roles unchanged (\(label)): "
        case .undo: "Nothing undone (\(label)): "
        case .redo: "Nothing redone (\(label)): "
        }
    }

    /// What the next key does with a change that went through.
    private var hint: String {
        switch kind {
        case .roles, .redo: " Press u to undo."
        case .undo: " Press U to redo."
        case .delete, .resetPassword: ""
        }
    }

    /// `1 user`, `3 users`.
    private static func users(_ count: Int) -> String {
        count == 1 ? "1 user" : "\(count) users"
    }

    /// What the status line says while the change is under way, such as `Changing roles (+admin): 2 of 5 done…`.
    public var statusText: String {
        let doing =
            switch kind {
            case .roles: "Changing roles (\(label))"
            case .undo: "Undoing \(label)"
            case .redo: "Redoing \(label)"
            case .delete: "Deleting users"
            case .resetPassword: "Sending password resets"
            }
        return "\(doing): \(succeeded + failures.count) of \(total) done…"
    }
}
