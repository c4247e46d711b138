import OrgModel

/// What the fields of an `OperationMap` may hold, so that none can start a line of `paths.PROFILE` or change
/// the request it is sent in: the rules a platform document and a map file are both held to.
enum MapField {
    /// A path template orgtui sends: it starts with `/` and holds no whitespace, no unprintable character, and
    /// no `?` or `#` (which would end the path).
    static func isPath(_ text: String) -> Bool {
        text.hasPrefix("/") && !text.unicodeScalars.contains { isBlank($0) || $0 == "?" || $0 == "#" }
    }

    /// A query parameter's name orgtui sends: not empty, without whitespace, unprintable characters, or any
    /// of `=&?#` (which would end the name).
    static func isQueryName(_ text: String) -> Bool {
        !text.isEmpty && !text.unicodeScalars.contains { isBlank($0) || "=&?#".unicodeScalars.contains($0) }
    }

    /// An operationId or a method as a map file has them: ASCII letters only.
    static func isWord(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
    }

    /// The number of `{...}` path parameters in a path template.
    static func parameterCount(_ path: String) -> Int {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.count
    }

    /// `text` as one line of printable text, for a reason phrase: each unprintable character written as its
    /// Swift escape (`\n`, `\u{202E}`), the whole cut to `Validation.maxDetailLength` code points.
    static func line(_ text: String) -> String {
        let head = Validation.cut(text, toLength: Validation.maxDetailLength)
        let escaped = head.unicodeScalars.map { $0.isUnprintable ? $0.escaped(asASCII: true) : String($0) }
        return Validation.cut(escaped.joined(), toLength: Validation.maxDetailLength)
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.isUnprintable
    }
}
