/// The one gate that untrusted text (anything a backend returns) passes before it reaches the screen.
///
/// Control characters become visible escapes, so a name can never move the cursor, change the title,
/// ring the bell or fake a row: C0 controls as `^[`, `^M` (and DEL as `^?`); C1 controls, every format
/// character (bidi overrides and isolates, zero-width characters, BOM, the ZWJ of emoji sequences), line
/// and paragraph separators and code points the terminal's `wcwidth` does not know as `<U+202E>`. An
/// escape sequence thus shows as text, such as `^[[2J`.
///
/// After it, widths are exact: every character (grapheme cluster) left is one that a terminal draws in
/// exactly its `displayWidth` columns, the sum of its scalars' `terminalWidth` (glibc's `wcwidth`). A
/// cluster stays whole only where a terminal drawing each code point and one drawing the cluster as one
/// glyph agree, and one terminal cell can hold it:
/// - every scalar is safe, and the first takes 1 or 2 columns and is not a mark (an orphan mark would
///   draw on the cell before);
/// - it takes at most 2 columns, or at most 4 when none of its scalars is wide (an Indic conjunct with
///   its vowel sign);
/// - at most 4 zero-width scalars follow each spacing one (an ncurses cell holds 5, `CCHARW_MAX`), so a
///   long run of combining marks cannot pile up;
/// - U+FE0F (emoji presentation) follows only a wide scalar and U+FE0E (text) only a narrow one, since
///   either would change the width a terminal that honours it draws;
/// - it stays one cluster between ASCII text, so it cannot join an escape next to it.
/// Any other cluster keeps its first scalar (when that alone passes) and shows the rest as escapes: 300
/// Hangul fillers U+115F (one cluster of 600 columns) become `ᅟ<U+115F><U+115F>…`, a skin-tone
/// modifier `👍<U+1F3FD>`, so every part shows at its own width. The result contains only such
/// clusters and printable ASCII, so cleaning twice changes nothing.
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
    public static func escape(_ scalar: Unicode.Scalar) -> String {
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
    /// surrogate, or anything the terminal's `wcwidth` does not know (-1).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        if isPlainASCII(scalar) { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate: return true
        default: return scalar.terminalWidth < 0
        }
    }

    /// Whether the terminal draws `character` as one cell group of exactly its `displayWidth` columns (the
    /// rules in the type's description).
    private static func isKeptWhole(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first, isPlainASCII(only) { return true }
        var width = 0
        var hasWide = false
        var spacing = 0
        var followers = 0
        for scalar in scalars {
            if isUnsafe(scalar) { return false }
            let w = scalar.terminalWidth
            if w > 0 {
                if spacing == 0, isMark(scalar) { return false }
                spacing = w
                followers = 0
            } else {
                followers += 1
                if spacing == 0 || followers > 4 { return false }
                if scalar.value == 0xFE0F, spacing != 2 { return false }
                if scalar.value == 0xFE0E, spacing != 1 { return false }
            }
            width += w
            hasWide = hasWide || w == 2
        }
        guard width <= (hasWide ? 2 : 4) else { return false }
        return (">" + String(character) + "<").count == 3
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
