import Foundation

/// One change in the audit log (an item of `GET /audit`): when, who, what and to whom, and the target's
/// fields before and after. Every string came from a backend: untrusted until sanitized.
public struct AuditRecord: Hashable, Sendable {
    /// When the change was made.
    public var at: Date
    /// The id of the user who made it.
    public var actor: String
    /// The user id (or, for an invitation, the email) the change is about.
    public var target: String
    /// The kind of change, such as `set-roles` or `delete`.
    public var action: String
    /// The target's fields before the change, or nil when it did not exist.
    public var before: [String: String]?
    /// The target's fields after the change, or nil when it no longer exists.
    public var after: [String: String]?

    public init(
        at: Date, actor: String, target: String, action: String, before: [String: String]?,
        after: [String: String]?
    ) {
        self.at = at
        self.actor = actor
        self.target = target
        self.action = action
        self.before = before
        self.after = after
    }

    /// What changed, in short: the fields whose values differ (`roles: developer → admin,developer`), or
    /// the state that appeared or went away (`+ email=…`, `- name=…`) when one side is missing.
    public var change: String {
        switch (before, after) {
        case (nil, nil):
            return ""
        case (let old?, nil):
            return "- " + Self.describe(old)
        case (nil, let new?):
            return "+ " + Self.describe(new)
        case (let old?, let new?):
            let changed = Self.changedFields(old, new)
            guard !changed.isEmpty else { return "(no change)" }
            return changed.map { "\($0): \(old[$0] ?? "-") → \(new[$0] ?? "-")" }.joined(separator: "; ")
        }
    }

    /// The names of the fields whose values differ between `old` and `new` (one may lack a field), sorted.
    public static func changedFields(_ old: [String: String], _ new: [String: String]) -> [String] {
        Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
    }

    /// The fields as `key=value`, sorted by key.
    private static func describe(_ fields: [String: String]) -> String {
        fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
}
