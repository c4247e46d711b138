import Foundation

/// Random hostile names from a seed, so a failure is reproducible: controls, escape sequences, bidi
/// overrides, combining runs, Hangul fillers, emoji ZWJ sequences and modifiers, wide CJK, orphan marks,
/// Indic conjuncts, unassigned code points and long strings, mixed with plain text.
struct HostileText {
    /// The seed this generator started from (print it with a failure).
    let seed: UInt64
    private var state: UInt64
    private let pieces: [String]
    private let randomScalars: Bool

    /// `forPyte` leaves out what pyte draws unlike glibc's wcwidth: random code points, Indic vowel signs
    /// (spacing marks: 1 column to glibc, 0 to pyte's wcwidth 0.2.13), and a lone halfwidth voiced mark
    /// (U+FF9E, 1 column), which pyte drops when it follows a combining mark.
    init(seed: UInt64, forPyte: Bool = false) {
        self.seed = seed
        state = seed
        randomScalars = !forPyte
        pieces = forPyte ? Self.allPieces.filter { !Self.pyteDrawsUnlikeGlibc($0) } : Self.allPieces
    }

    private static func pyteDrawsUnlikeGlibc(_ piece: String) -> Bool {
        piece == "\u{FF9E}" || piece.unicodeScalars.contains { $0.properties.generalCategory == .spacingMark }
    }

    /// A seed from the clock, or from ORGTUI_TEST_SEED to replay a failure.
    static func seedFromEnvironment() -> UInt64 {
        ProcessInfo.processInfo.environment["ORGTUI_TEST_SEED"].flatMap { UInt64($0) }
            ?? UInt64(Date().timeIntervalSince1970 * 1_000)
    }

    private static let allPieces: [String] = [
        "Mallory", "Ada", " ", "\u{1B}[2J", "\u{1B}]0;x\u{07}", "\r\n", "\t", "\u{7F}", "\u{9B}", "\u{202E}",
        "\u{2066}",
        "\u{200B}", "\u{FEFF}", "\u{115F}", String(repeating: "\u{115F}", count: 40), "\u{1160}", "\u{11A8}",
        "\u{301}", String(repeating: "\u{301}", count: 9), "\u{20DD}", "\u{93F}", "👩‍👩‍👧", "👍🏽", "❤️", "☺︎", "🇫🇷🇩",
        "山田", "ｶﾞ", "ﾞ", "लक्ष्मी", "क्षि", "\u{0D4E}", "\u{0600}", "\u{378}", "\u{E000}", "\u{10FFFD}", "\u{2028}",
        "é", "\u{1100}\u{1161}\u{11A8}", "\u{0E01}\u{0E33}", "\u{FE0F}", "\u{FE0E}", "\u{E0041}",
        "\u{1F3FB}", "\u{A0}", "\u{3000}", "\u{FF01}", "<U+", ">", "…",
    ]

    /// The next name: 1 to 12 pieces, or a long run of one now and then.
    mutating func next() -> String {
        let count = 1 + Int(random() % 12)
        var name = ""
        for _ in 0..<count {
            if randomScalars, random() % 16 == 0, let scalar = Unicode.Scalar(UInt32(random() % 0x110000)) {
                name.unicodeScalars.append(scalar)
            } else {
                name += pieces[Int(random() % UInt64(pieces.count))]
            }
        }
        if random() % 10 == 0 { name = String(repeating: name, count: 20) }
        return name
    }

    /// SplitMix64.
    private mutating func random() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
