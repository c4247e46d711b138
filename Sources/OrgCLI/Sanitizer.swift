/// The one gate that untrusted text (anything a backend returns) passes before it reaches the screen.
///
/// Control characters become visible escapes, so a name can never move the cursor, change the title,
/// ring the bell or fake a row: C0 controls as `^[`, `^M` (and DEL as `^?`); C1 controls and every
/// format character (bidi overrides and isolates, zero-width characters, BOM), line and paragraph
/// separators and orphan combining marks as `<U+202E>`. An escape sequence thus shows as text, such as `^[[2J`. The result contains only
/// printable characters, so cleaning twice changes nothing.
public enum Sanitizer {
    /// `text` with every unsafe character replaced by its visible escape.
    public static func clean(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy(isPlainASCII) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            let scalars = character.unicodeScalars
            guard let first = scalars.first else { continue }
            let orphan = isOrphanMark(first)
            if orphan || scalars.contains(where: isUnsafe) {
                for scalar in scalars {
                    out += orphan && scalar == first ? code(scalar) : escape(scalar)
                }
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// The visible form of one scalar: itself when safe, else an escape.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F: "^?"
        default: isUnsafe(scalar) ? code(scalar) : String(scalar)
        }
    }

    /// `<U+202E>`: the code point of `scalar` as visible text.
    private static func code(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ">"
    }

    /// Whether `scalar` must never reach the terminal as itself.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        if isPlainASCII(scalar) { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate: return true
        default: return false
        }
    }

    private static func isPlainASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && scalar.value < 0x7F
    }

    /// A combining mark with no base character before it: the terminal would draw it on the previous cell.
    private static func isOrphanMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: true
        default: false
        }
    }
}
