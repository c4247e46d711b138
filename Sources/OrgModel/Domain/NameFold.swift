import Foundation

/// The one folding of names for search: the key a stored name and a typed term are both reduced to, so
/// that a search ignores case and accents ("garcia" finds "García", "yildiz" finds "Yıldız") and still
/// finds names of any script as typed ("최서연", "王芳").
///
/// The key is the text in lower case, in compatibility decomposition with the Latin, Greek and Cyrillic
/// diacritics dropped (the marks of U+0300-U+036F and the other Combining Diacritical Marks blocks), the
/// letters people type without their stroke or as two letters replaced (ı→i, ø→o, ł→l, đ→d, ß→ss, æ→ae,
/// œ→oe, þ→th), then recomposed: a Hangul syllable or a kana with its voicing mark stays one character.
/// The marks of other scripts (Devanagari vowel signs, Japanese dakuten) are kept: they change the letter.
public enum NameFold {
    /// `text` folded for a case- and accent-insensitive substring search.
    public static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(text) }
        var folded = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            if isDiacritic(scalar) { continue }
            if let letters = replacements[scalar] {
                folded.append(contentsOf: letters.unicodeScalars)
            } else {
                folded.append(scalar)
            }
        }
        return String(folded).precomposedStringWithCanonicalMapping
    }

    /// The letters that are not accented forms of a Latin or Greek letter (so decomposition leaves them
    /// whole) but that people type as plain letters.
    private static let replacements: [Unicode.Scalar: String] = [
        "ı": "i", "ȷ": "j", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɨ": "i",
        "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ŋ": "n", "ĸ": "k", "ς": "σ",
    ]

    /// Whether `scalar` is a combining mark of one of the Combining Diacritical Marks blocks.
    private static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
        default: false
        }
    }

    /// The key of an ASCII `text`: its letters in lower case.
    private static func asciiKey(_ text: String) -> String {
        String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
