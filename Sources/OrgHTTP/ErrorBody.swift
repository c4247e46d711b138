import Foundation

/// Reads the `detail` of an error body: a string, or FastAPI's list of `{loc, msg, type}`. Anything else,
/// including a body that is not JSON, gives nil. The text is untrusted: control characters become spaces
/// and it is cut to a readable length.
enum ErrorBody {
    /// The most of a detail that is kept, in Unicode code points (contract.md "Limits").
    static let maxLength = 300
    /// The most of a detail that is kept, in UTF-8 bytes: 4x `maxLength`.
    static let maxBytes = 4 * maxLength

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

    /// The text with control, format and line-separating characters as spaces, trimmed, and cut (with
    /// "…") to `maxLength` code points and `maxBytes` bytes of UTF-8.
    static func clean(_ text: String) -> String {
        let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: " "
            default: scalar
            }
        }
        let trimmed = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces)
        var kept = String.UnicodeScalarView()
        var count = 0, bytes = 0
        for scalar in trimmed.unicodeScalars {
            bytes += UTF8.width(scalar)
            guard count < maxLength, bytes <= maxBytes else { return String(kept) + "…" }
            kept.append(scalar)
            count += 1
        }
        return String(kept)
    }
}
