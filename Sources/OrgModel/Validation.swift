/// The API's input rules, each as a function that returns a reason a person can read, or nil when the
/// input is acceptable. The client checks them before sending; the local store and the server enforce them.
public enum Validation {
    /// The longest name accepted, in characters.
    public static let maxNameLength = 200

    /// Why `text` is not a valid `name_search` (`^[a-zA-Z ]{3,}$`), or nil.
    public static func nameSearchProblem(_ text: String) -> String? {
        if let bad = text.unicodeScalars.first(where: { !isSearchScalar($0) }) {
            return "Search uses letters A-Z and spaces only; \(describe(bad)) is not allowed."
        }
        if text.unicodeScalars.count < 3 {
            return "Search needs at least 3 letters (\(text.unicodeScalars.count) so far)."
        }
        return nil
    }

    /// Why `email` is not a valid email address, or nil.
    public static func emailProblem(_ email: String) -> String? {
        if email.isEmpty { return "Email is required." }
        if email.utf8.count > 254 { return "Email is longer than 254 characters." }
        if let bad = email.unicodeScalars.first(where: { !$0.isASCII || $0.value <= 0x20 || $0.value == 0x7F }) {
            return "Email cannot contain \(describe(bad))."
        }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return parts.count < 2 ? "Email needs an @, as in name@example.com." : "Email has more than one @."
        }
        return localPartProblem(parts[0]) ?? domainProblem(parts[1])
    }

    /// Why `name` is not an acceptable display name, or nil.
    public static func nameProblem(_ name: String) -> String? {
        let trimmed = name.trimmingSpaces
        if trimmed.isEmpty { return "Name is required." }
        if trimmed.count > maxNameLength { return "Name is longer than \(maxNameLength) characters." }
        if let bad = name.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return "Name cannot contain \(describe(bad))."
        }
        return nil
    }

    /// Why `roles` is not an acceptable role set for an invitation, or nil.
    public static func rolesProblem(_ roles: Set<Role>) -> String? {
        roles.isEmpty ? "Choose at least one role." : nil
    }

    /// The characters an unquoted local part may use (RFC 5322's atext and the dot).
    private static let localPartCharacters = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~.-")

    private static func isSearchScalar(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == " "
    }

    private static func localPartProblem(_ local: Substring) -> String? {
        if local.isEmpty { return "Email needs a name before the @." }
        if local.utf8.count > 64 { return "The part before the @ is longer than 64 characters." }
        if let bad = local.first(where: { !localPartCharacters.contains($0) }) {
            return "The part before the @ cannot contain '\(bad)'."
        }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") {
            return "The part before the @ cannot start or end with a dot or have two dots in a row."
        }
        return nil
    }

    private static func domainProblem(_ domain: Substring) -> String? {
        if domain.isEmpty { return "Email needs a domain after the @, as in example.com." }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count < 2 { return "The domain '\(domain)' needs a dot, as in example.com." }
        for label in labels {
            if label.isEmpty { return "The domain '\(domain)' has an empty part between dots." }
            if label.count > 63 { return "A part of the domain is longer than 63 characters." }
            if label.hasPrefix("-") || label.hasSuffix("-") { return "A domain part cannot start or end with '-'." }
            if let bad = label.first(where: { !($0.isLetter || $0.isNumber || $0 == "-") }) {
                return "The domain cannot contain '\(bad)'."
            }
        }
        if let tld = labels.last, tld.count < 2 || !tld.allSatisfy(\.isLetter) {
            return "The domain must end in a name such as .com or .org."
        }
        return nil
    }

    /// A character named so that a person can read it, even a control or space.
    static func describe(_ s: Unicode.Scalar) -> String {
        if s == " " { return "a space" }
        if s.properties.generalCategory == .control || s.properties.generalCategory == .format {
            return "U+" + String(s.value, radix: 16, uppercase: true).leftPadded(to: 4)
        }
        return "'\(Character(s))'"
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[start...end]
    }

    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
