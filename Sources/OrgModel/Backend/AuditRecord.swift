import Foundation

/// One change in the audit log (an item of `GET /audit`): when, who, what and to whom (by id, and by the name
/// and email recorded when the change was made, where known), and the target's fields before and after. Every
/// string came from a backend: untrusted until sanitized.
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
    /// The name and email of the actor when the change was made, where known.
    public var actorName, actorEmail: String?
    /// The name and email of the target when the change was made (for an invitation, the invitee's), where known.
    public var targetName, targetEmail: String?

    public init(
        at: Date, actor: String, target: String, action: String, before: [String: String]?,
        after: [String: String]?, actorName: String? = nil, actorEmail: String? = nil, targetName: String? = nil,
        targetEmail: String? = nil
    ) {
        self.at = at
        self.actor = actor
        self.target = target
        self.action = action
        self.before = before
        self.after = after
        (self.actorName, self.actorEmail, self.targetName, self.targetEmail) = (
            actorName, actorEmail, targetName, targetEmail
        )
    }

    /// Who made the change, as the log names them.
    public var actorPerson: AuditPerson { AuditPerson(id: actor, name: actorName, email: actorEmail) }

    /// Whom the change is about, as the log names them.
    public var targetPerson: AuditPerson { AuditPerson(id: target, name: targetName, email: targetEmail) }

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
