import Foundation
import OrgModel
import OrgStore

extension AuditEntry {
    /// What changed, for a one-line listing: the fields whose values differ between `before` and
    /// `after` (`roles: developer -> admin,developer`), or the whole state when one side is missing.
    var change: (before: String, after: String) {
        guard let old = Self.fields(before), let new = Self.fields(after) else { return (before ?? "-", after ?? "-") }
        let changed = AuditRecord.changedFields(old, new)
        guard !changed.isEmpty else { return ("(no change)", "(no change)") }
        let describe = { (fields: [String: String]) in
            changed.map { "\($0)=\(fields[$0] ?? "-")" }.joined(separator: " ")
        }
        return (describe(old), describe(new))
    }

    /// A JSON object's fields as text (arrays joined by commas), or nil when `json` is not an object.
    private static func fields(_ json: String?) -> [String: String]? {
        guard let data = json?.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object.mapValues { value in
            if let list = value as? [Any] { return list.map { "\($0)" }.joined(separator: ",") }
            return value is NSNull ? "null" : "\(value)"
        }
    }
}
