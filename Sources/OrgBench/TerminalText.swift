/// What terminal output says, without how it is drawn: the printed characters with escape sequences and
/// control characters removed, and with spaces removed too (a curses library may move the cursor over
/// blanks instead of printing them), so a marker is found however the screen was painted. Output can be
/// fed in pieces as it arrives; a sequence or character split between pieces is still read whole.
struct TerminalText {
    /// The printed bytes so far (UTF-8), without blanks.
    private var bytes: [UInt8] = []
    /// How many bytes of the output so far were printed characters, blanks included.
    private(set) var printedByteCount = 0
    private var state = State.text

    /// The printed characters of `output`, without blanks.
    static func printed(_ output: some Collection<UInt8>) -> String {
        var text = TerminalText()
        text.append(output)
        return text.string
    }

    /// How many bytes of `output` are printed characters, blanks included: the text without its escapes.
    static func printedByteCount(_ output: some Collection<UInt8>) -> Int {
        var text = TerminalText()
        text.append(output)
        return text.printedByteCount
    }

    /// The printed characters so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Reads more output.
    mutating func append(_ output: some Collection<UInt8>) {
        for byte in output {
            switch (state, byte) {
            case (.text, 0x1B): state = .escape
            case (.text, 0x20): printedByteCount += 1
            case (.text, 0x7F), (.text, 0..<0x20): break
            case (.text, _):
                bytes.append(byte)
                printedByteCount += 1
            case (.escape, UInt8(ascii: "[")): state = .csi
            case (.escape, UInt8(ascii: "]")), (.escape, UInt8(ascii: "P")), (.escape, UInt8(ascii: "_")):
                state = .string
            case (.escape, 0x20...0x2F): state = .escapeIntermediate
            case (.escape, _), (.escapeIntermediate, 0x30...0x7E): state = .text
            case (.escapeIntermediate, _): break
            case (.csi, 0x40...0x7E): state = .text
            case (.csi, _): break
            case (.string, 0x07): state = .text
            case (.string, 0x1B): state = .stringEscape
            case (.string, _): break
            case (.stringEscape, _): state = .text
            }
        }
    }

    /// Whether `output` clears the whole screen (a full redraw): `ESC [ 2 J`.
    static func clearsScreen(_ output: [UInt8]) -> Bool {
        output.firstRange(of: Array("\u{1B}[2J".utf8)) != nil
    }

    private enum State {
        case text, escape, escapeIntermediate, csi, string, stringEscape
    }
}
