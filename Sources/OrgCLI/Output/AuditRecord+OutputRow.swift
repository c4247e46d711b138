import OrgAPI
import OrgModel
import OrgText

extension AuditRecord: OutputRow {
    /// The API's fields; the names and emails recorded for the actor and the target come after the first six
    /// (empty when unknown), so that a reader of the older columns finds them where they were.
    static let columns = [
        "at", "actor", "action", "target", "before", "after", "actor_name", "actor_email", "target_name",
        "target_email",
    ]
    /// The table names the actor and the target as `Ann Lee <ann@acme.test>`, or by id when nothing else is known.
    static let tableColumns = ["at", "actor", "action", "target", "before", "after"]

    var cells: [String] {
        var cells = tableCells
        (cells[1], cells[3]) = (actor, target)
        return cells + [actorName ?? "", actorEmail ?? "", targetName ?? "", targetEmail ?? ""]
    }

    /// Before and after, in short: only the fields that changed (`roles=developer`, `roles=admin,developer`),
    /// or every field of the side that exists when the other does not (`-`).
    var tableCells: [String] {
        let (actor, target) = (actorPerson.label, targetPerson.label)
        guard let old = before, let new = after else {
            return [
                at.cliText, actor, action, target, before.map { Self.describe($0) } ?? "-",
                after.map { Self.describe($0) } ?? "-",
            ]
        }
        let changed = AuditRecord.changedFields(old, new)
        guard !changed.isEmpty else { return [at.cliText, actor, action, target, "(no change)", "(no change)"] }
        return [at.cliText, actor, action, target, Self.describe(old, changed), Self.describe(new, changed)]
    }

    var wire: Components.Schemas.AuditRecord { Components.Schemas.AuditRecord(self) }

    /// The `fields` of `values` (all of them, sorted, by default) as `key=value`.
    private static func describe(_ values: [String: String], _ fields: [String]? = nil) -> String {
        (fields ?? values.keys.sorted()).map { "\($0)=\(values[$0] ?? "-")" }.joined(separator: " ")
    }
}
