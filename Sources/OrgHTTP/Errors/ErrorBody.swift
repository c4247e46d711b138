import Foundation
import OrgModel

/// Reads the `detail` of an error body: a string, or FastAPI's list of `{loc, msg, type}`. Anything else,
/// including a body that is not JSON, gives nil. The text is untrusted: control characters become spaces
/// and it is cut to a readable length.
enum ErrorBody {
    static func detail(from data: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            let dictionary = object as? [String: Any], let detail = dictionary["detail"]
        else { return nil }
        if let text = detail as? String { return clean(text) }
        guard let items = detail as? [Any] else { return nil }
        let lines = items.compactMap { item -> String? in
            guard let item = item as? [String: Any] else { return nil }
            let message = item["msg"] as? String ?? "invalid"
            let location = (item["loc"] as? [Any])?.map { "\($0)" }.filter { $0 != "body" && $0 != "query" }
            guard let location, !location.isEmpty else { return message }
            return "\(location.joined(separator: ".")): \(message)"
        }
        return lines.isEmpty ? nil : clean(lines.joined(separator: "; "))
    }

    /// The `roles` of a 412's body (`orgtui serve`'s extension): the user's current role set, or nil when the
    /// body has no list of role names.
    static func roles(from data: Data) -> Set<Role>? {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            let names = (object as? [String: Any])?["roles"] as? [String]
        else { return nil }
        let roles = names.compactMap(Role.init(rawValue:))
        return roles.count == names.count ? Set(roles) : nil
    }

    /// The text with control, format and line-separating characters as spaces, trimmed, and cut (with
    /// "…") to `Validation.maxDetailLength` code points (contract.md "Limits").
    static func clean(_ text: String) -> String {
        let scalars = text.unicodeScalars.map { $0.isUnprintable ? " " : $0 }
        let trimmed = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces)
        return Validation.cut(trimmed, toLength: Validation.maxDetailLength)
    }
}
