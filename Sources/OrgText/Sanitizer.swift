/// The one gate that untrusted text (anything a backend returns) passes before it reaches the screen.
///
/// Control characters become visible escapes, so a name can never move the cursor, change the title,
/// ring the bell or fake a row: C0 controls as `^[`, `^M` (and DEL as `^?`); C1 controls, every format
/// character (bidi overrides and isolates, zero-width characters, BOM, the ZWJ of emoji sequences), line
/// and paragraph separators and code points the terminal's `wcwidth` does not know as `<U+202E>`. An
/// escape sequence thus shows as text, such as `^[[2J`.
///
/// Invisible and presentation-changing code points (default-ignorables: Hangul fillers such as U+115F and
/// U+3164, variation selectors, the combining grapheme joiner; and emoji skin-tone modifiers) are escaped
/// too, since terminals disagree on their width.
///
/// After it, widths are exact: every character (grapheme cluster) left is one that a terminal draws in
/// exactly its `displayWidth` columns, the sum of its scalars' `terminalWidth` (glibc's `wcwidth`). A
/// cluster stays whole only when
/// - every scalar is safe, and the first takes 1 or 2 columns and is not a mark (an orphan mark would
///   draw on the cell before);
/// - a wide first scalar is followed by zero-width ones only; after a narrow one, narrow scalars may
///   follow up to 4 columns in all (an Indic syllable `क्ष्मी`, a flag `🇫🇷`, which a terminal drawing
///   each code point draws in those columns);
/// - at most 4 zero-width scalars follow each spacing one (an ncurses cell holds 5, `CCHARW_MAX`), so
///   combining marks cannot pile up;
/// - it stays one cluster between ASCII text, so it cannot join an escape beside it.
/// Any other cluster keeps its first scalar (when that alone passes) and shows the rest as escapes: a
/// long run of combining marks `e<U+0301><U+0301>…`, an emoji ZWJ sequence `👩<U+200D><U+1F4BB>`, so
/// every part shows at its own width. The result contains only such clusters and printable ASCII, so
/// cleaning twice changes nothing.
public enum Sanitizer {
    /// `text` with every unsafe character replaced by its visible escape.
    public static func clean(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy(isPlainASCII) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if isKeptWhole(character) {
                out.append(character)
                continue
            }
            for (index, scalar) in character.unicodeScalars.enumerated() {
                if index == 0, isKeptWhole(Character(scalar)) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += escape(scalar)
                }
            }
        }
        return out
    }

    /// The visible form of one scalar outside a cluster kept whole: printable ASCII as itself, C0 controls
    /// as `^X`, DEL as `^?`, anything else as `<U+XXXX>`.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F: "^?"
        default: isPlainASCII(scalar) ? String(scalar) : code(scalar)
        }
    }

    /// `<U+202E>`: the code point of `scalar` as visible text.
    private static func code(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ">"
    }

    /// Whether `scalar` must never reach the terminal as itself: a control, format character, separator,
    /// surrogate, default-ignorable, emoji modifier, or anything the terminal's `wcwidth` does not know (-1).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        if isPlainASCII(scalar) { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate: return true
        default:
            return scalar.properties.isDefaultIgnorableCodePoint || scalar.properties.isEmojiModifier
                || scalar.terminalWidth < 0
        }
    }

    /// Whether the terminal draws `character` in exactly its `displayWidth` columns (the rules in the
    /// type's description).
    private static func isKeptWhole(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first, isPlainASCII(only) { return true }
        var width = 0
        var firstIsWide = false
        var followers = 0
        for scalar in scalars {
            if isUnsafe(scalar) { return false }
            let w = scalar.terminalWidth
            if width == 0 {
                if w == 0 || isMark(scalar) { return false }
                firstIsWide = w == 2
            } else if w > 0 {
                if w == 2 || firstIsWide { return false }
                followers = 0
            } else {
                followers += 1
                if followers > 4 { return false }
            }
            width += w
        }
        return width <= 4 && (">" + String(character) + "<").count == 3
    }

    private static func isPlainASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && scalar.value < 0x7F
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: true
        default: false
        }
    }
}
