/// The API's input rules, each as a function that returns a reason a person can read, or nil when the
/// input is acceptable. The client checks them before sending; the local store and the server enforce them.
///
/// Lengths count Unicode code points (one character on screen can hold any number of them), and a
/// bound on UTF-8 bytes, 4 per code point, is checked first, so an oversized string is refused without
/// being walked.
public enum Validation {
    /// The longest name accepted, in code points.
    public static let maxNameLength = 200
    /// The longest email accepted, in code points.
    public static let maxEmailLength = 254
    /// The longest `name_search` accepted, in code points.
    public static let maxNameSearchLength = 100
    /// The longest error detail shown or sent, in code points.
    public static let maxDetailLength = 300

    /// Why `text` is not a valid `name_search` (`^[a-zA-Z ]{3,100}$`), or nil.
    public static func nameSearchProblem(_ text: String) -> String? {
        if isLonger(text, than: maxNameSearchLength) {
            return "Search is longer than \(maxNameSearchLength) characters."
        }
        if let bad = text.unicodeScalars.first(where: { !isSearchScalar($0) }) {
            return "Search uses letters A-Z and spaces only; \(describe(bad)) is not allowed."
        }
        if text.unicodeScalars.count < 3 {
            return "Search needs at least 3 letters (\(text.unicodeScalars.count) so far)."
        }
        return nil
    }

    /// The fewest letters a name search on our own backends needs: two, so that "Ng" or "Li" is found. A
    /// 2-letter term is shorter than the trigram index's grams, so its count reads every user's key.
    public static let minAnyScriptNameSearchLetters = 2

    /// Why `text` is not a valid name search on our own backends (the local store, PostgreSQL, and so
    /// `orgtui serve`), or nil: letters of any script with their marks, and spaces, at least
    /// `minAnyScriptNameSearchLetters` letters and at most `maxNameSearchLength` code points. The platform
    /// is sent only terms of the seed's rule, `nameSearchProblem`, which this rule takes too (even "   ").
    public static func anyScriptNameSearchProblem(_ text: String) -> String? {
        if nameSearchProblem(text) == nil { return nil }
        if isLonger(text, than: maxNameSearchLength) {
            return "Search is longer than \(maxNameSearchLength) characters."
        }
        if let bad = text.unicodeScalars.first(where: { !isAnyScriptSearchScalar($0) }) {
            return "Search uses letters and spaces only; \(describe(bad)) is not allowed."
        }
        let letters = text.unicodeScalars.count(where: isLetter)
        if letters < minAnyScriptNameSearchLetters {
            return "Search needs at least \(minAnyScriptNameSearchLetters) letters (\(letters) so far)."
        }
        return nil
    }

    /// Why `text` is not a valid `email_search` (a part of an address: 1 to 254 code points), or nil.
    public static func emailSearchProblem(_ text: String) -> String? {
        if text.isEmpty { return "The email search is empty; give a part of an address, such as gmail.com." }
        if isLonger(text, than: maxEmailLength) {
            return "The email search is longer than \(maxEmailLength) characters, the longest an address can be."
        }
        return nil
    }

    /// Why `email` cannot be an address at all (empty, or longer than `maxEmailLength`), or nil: what is
    /// checked of an address that names something already stored, such as a pending invitation.
    public static func emailLengthProblem(_ email: String) -> String? {
        if email.isEmpty { return "Email is required." }
        if isLonger(email, than: maxEmailLength) { return "Email is longer than \(maxEmailLength) characters." }
        return nil
    }

    /// Why `email` is not a valid email address, or nil.
    public static func emailProblem(_ email: String) -> String? {
        if let problem = emailLengthProblem(email) { return problem }
        if let bad = email.unicodeScalars.first(where: { !$0.isASCII || $0.value <= 0x20 || $0.value == 0x7F }) {
            return "Email cannot contain \(describe(bad))."
        }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return parts.count < 2 ? "Email needs an @, as in name@example.com." : "Email has more than one @."
        }
        return localPartProblem(parts[0]) ?? domainProblem(parts[1])
    }

    /// Why `name` is not an acceptable display name, or nil; the reason begins with `field`, the name's
    /// label ("Organization name is required."). The length counts the name as given, spaces around it
    /// included, since that is what is stored.
    public static func nameProblem(_ name: String, called field: String = "Name") -> String? {
        if isLonger(name, than: maxNameLength) { return "\(field) is longer than \(maxNameLength) characters." }
        if name.trimmingSpaces.isEmpty { return "\(field) is required." }
        if let bad = name.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return "\(field) cannot contain \(describe(bad))."
        }
        return nil
    }

    /// Why `roles` is not an acceptable role set for an invitation, or nil.
    public static func rolesProblem(_ roles: Set<Role>) -> String? {
        roles.isEmpty ? "Choose at least one role." : nil
    }

    /// Why the role list `roles`, as the API sends it, is not a set: a role that appears twice (422), or nil.
    public static func repeatedRoleProblem(_ roles: [Role]) -> String? {
        var seen = Set<Role>()
        guard let repeated = roles.first(where: { !seen.insert($0).inserted }) else { return nil }
        return "\(repeated.rawValue) appears more than once; list each role once."
    }

    /// Whether `text` holds more than `limit` code points, or more than 4 UTF-8 bytes for each.
    static func isLonger(_ text: some StringProtocol, than limit: Int) -> Bool {
        text.utf8.count > 4 * limit || text.unicodeScalars.count > limit
    }

    /// `text`, or when it is longer than `limit` code points (or 4 UTF-8 bytes for each), its first
    /// `limit` - 1 code points and "…": at most `limit` code points and fewer bytes than 4 for each.
    public static func cut(_ text: String, toLength limit: Int) -> String {
        guard isLonger(text, than: limit) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.prefix(max(0, limit - 1)))
        scalars.append("\u{2026}")
        return String(scalars)
    }

    /// The characters an unquoted local part may use (RFC 5322's atext and the dot).
    private static let localPartCharacters = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~.-")

    private static func isSearchScalar(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == " "
    }

    /// Whether `s` is a letter of any script, a mark on one, or a space.
    private static func isAnyScriptSearchScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: s == " " || isLetter(s)
        }
    }

    /// Whether `s` is a letter of any script (general category L).
    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
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
