/// Turns the bytes a terminal sends into keys and mouse reports, whatever TERM says: UTF-8 text, control keys,
/// the arrows, Home and End in both cursor modes (`ESC [ B` and `ESC O B`), the vt and rxvt editing keys
/// (`ESC [ 1 ~` ... `ESC [ 8 ~`), F1-F12, and mouse reports (SGR's `ESC [ < 0 ; 10 ; 5 M`, and the legacy `ESC [ M b x y`).
///
/// A sequence cut short at the end of a read stays pending: the caller waits the Esc delay for the rest, then
/// calls `flush`, which reads a lone Esc as the Esc key. An escape sequence it does not know is dropped whole,
/// never read as Esc and text.
struct InputDecoder: Sendable {
    private var pending: [UInt8] = []

    /// Whether a sequence or a character is cut short, waiting for its next bytes.
    var isWaiting: Bool { !pending.isEmpty }

    /// The inputs that `bytes` complete, in order; an unfinished tail stays pending.
    mutating func feed(_ bytes: [UInt8]) -> [TerminalInput] {
        pending += bytes
        return decode(final: false)
    }

    /// The pending tail read as it stands, since no more bytes came: a lone Esc is the Esc key, and an
    /// unfinished sequence is Esc followed by its characters.
    mutating func flush() -> [TerminalInput] { decode(final: true) }

    private mutating func decode(final: Bool) -> [TerminalInput] {
        var inputs: [TerminalInput] = []
        var index = 0
        while index < pending.count {
            let step = Self.step(pending, at: index)
            switch step {
            case .incomplete where !final:
                pending.removeFirst(index)
                return inputs
            case .incomplete:
                // Only an Esc or a cut UTF-8 character ends a read unfinished: the Esc is the key itself.
                if pending[index] == Self.escape { inputs.append(.key(.escape)) }
                index += 1
            case .input(let input, let length):
                if let input { inputs.append(input) }
                index += length
            }
        }
        pending = []
        return inputs
    }

    private enum Step {
        /// What the bytes mean (nil: nothing orgtui uses) and how many of them it took.
        case input(TerminalInput?, length: Int)
        case incomplete
    }

    private static let escape: UInt8 = 0x1B

    private static func step(_ bytes: [UInt8], at index: Int) -> Step {
        let byte = bytes[index]
        if byte == escape {
            guard index + 1 < bytes.count else { return .incomplete }
            switch bytes[index + 1] {
            case UInt8(ascii: "["): return controlSequence(bytes, at: index)
            case UInt8(ascii: "O"):
                guard index + 2 < bytes.count else { return .incomplete }
                return .input(singleShift(bytes[index + 2]).map { .key($0) }, length: 3)
            default: return .input(.key(.escape), length: 1)
            }
        }
        if byte < 0x80 { return .input(control(byte).map { .key($0) }, length: 1) }
        return character(bytes, at: index)
    }

    /// `ESC [ parameters final`, and the Linux console's `ESC [ [ A` ... `ESC [ [ E` for F1-F5.
    private static func controlSequence(_ bytes: [UInt8], at index: Int) -> Step {
        var end = index + 2
        if end < bytes.count, bytes[end] == UInt8(ascii: "[") {
            guard end + 1 < bytes.count else { return .incomplete }
            let number = Int(bytes[end + 1]) - Int(UInt8(ascii: "A")) + 1
            return .input((1...5).contains(number) ? .key(.function(number)) : nil, length: 4)
        }
        while end < bytes.count, (0x20...0x3F).contains(bytes[end]) {
            end += 1
            // A run this long is not a sequence a terminal sends: drop what came.
            if end - index > 64 { return .input(nil, length: end - index) }
        }
        guard end < bytes.count else { return .incomplete }
        let final = bytes[end]
        if final == UInt8(ascii: "M"), end == index + 2 {
            // A legacy mouse report, from a terminal that ignores the SGR mode: three bytes follow.
            guard end + 3 < bytes.count else { return .incomplete }
            return .input(MouseInput(legacyBytes: bytes[(end + 1)...(end + 3)]).map { .mouse($0) }, length: 6)
        }
        let parameters = Substring(decoding: bytes[(index + 2)..<end], as: UTF8.self)
        let length = end - index + 1
        guard (0x40...0x7E).contains(final) else { return .input(nil, length: length) }
        if parameters.hasPrefix("<") {
            return .input(
                MouseInput(sgrParameters: parameters.dropFirst(), final: final).map { .mouse($0) }, length: length)
        }
        if final == UInt8(ascii: "~") {
            let number = parameters.split(separator: ";").first.flatMap { Int($0) }
            return .input(number.flatMap(tilde).map { .key($0) }, length: length)
        }
        return .input(singleShift(final).map { .key($0) }, length: length)
    }

    /// The key of `ESC O final`, which is also `ESC [ final` (with or without modifiers).
    private static func singleShift(_ final: UInt8) -> Key? {
        switch Character(Unicode.Scalar(final)) {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "Z": .backTab
        case "M": .enter
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        default: nil
        }
    }

    /// The key of `ESC [ number ~`.
    private static func tilde(_ number: Int) -> Key? {
        switch number {
        case 1, 7: .home
        case 4, 8: .end
        case 3: .delete
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(number - 10)
        case 17...21: .function(number - 11)
        case 23, 24: .function(number - 12)
        default: nil
        }
    }

    /// The key of one ASCII byte other than Esc.
    private static func control(_ byte: UInt8) -> Key? {
        switch byte {
        case 13, 10: .enter
        case 9: .tab
        case 8, 127: .backspace
        case 1...26: .control(Character(Unicode.Scalar(byte + 96)))
        case 32...126: .character(Character(Unicode.Scalar(byte)))
        default: nil
        }
    }

    /// One UTF-8 character of two to four bytes; a byte that cannot start one is dropped.
    private static func character(_ bytes: [UInt8], at index: Int) -> Step {
        let length =
            switch bytes[index] {
            case 0xC2...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF4: 4
            default: 0
            }
        let following = bytes[(index + 1)..<min(bytes.count, index + max(1, length))]
        guard length > 0, following.allSatisfy({ $0 & 0xC0 == 0x80 }) else { return .input(nil, length: 1) }
        guard index + length <= bytes.count else { return .incomplete }
        let text = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
        guard let scalar = text.unicodeScalars.first, scalar != "\u{FFFD}", text.unicodeScalars.count == 1,
            scalar.value >= 0xA0
        else { return .input(nil, length: 1) }
        return .input(.key(.character(Character(scalar))), length: length)
    }
}
