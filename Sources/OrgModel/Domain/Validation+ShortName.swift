extension Validation {
    /// The longest short name accepted, in characters.
    public static let maxShortNameLength = 32

    /// Why `shortName` is not an acceptable short name for an organization, or nil: 1 to 32 lowercase
    /// letters a-z, digits and hyphens, such as `acme`, neither starting nor ending with a hyphen. The
    /// first-run form, `orgtui init`, `orgtui-server init` and both stores apply this one rule.
    public static func shortNameProblem(_ shortName: String) -> String? {
        if shortName.isEmpty { return "Short name is required." }
        if isLonger(shortName, than: maxShortNameLength) {
            return "Short name is longer than \(maxShortNameLength) characters."
        }
        if let bad = shortName.unicodeScalars.first(where: { !isShortNameScalar($0) }) {
            return "Short name uses lowercase letters a-z, digits and hyphens only, such as acme; "
                + "\(describe(bad)) is not allowed."
        }
        if shortName.hasPrefix("-") || shortName.hasSuffix("-") {
            return "Short name cannot start or end with a hyphen."
        }
        return nil
    }

    private static func isShortNameScalar(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "-"
    }
}
