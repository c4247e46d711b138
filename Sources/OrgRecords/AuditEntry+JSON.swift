import Foundation
import OrgModel

extension AuditEntry {
    /// A member as the audit log records it, whichever store keeps it: id, name, email, connection and roles.
    public static func memberJSON(_ details: UserDetails, connection: Connection) -> String {
        json([
            "id": details.id, "name": details.name, "email": details.email,
            "connection": connection.rawValue, "roles": details.roles.label,
        ])
    }

    /// A flat JSON object with sorted keys, for the `before` and `after` columns.
    public static func json(_ fields: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(fields)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// The fields of a `before` or `after` column (a flat JSON object of strings), or nil when empty.
    public static func fields(_ json: String?) -> [String: String]? {
        guard let json else { return nil }
        return (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
    }
}
