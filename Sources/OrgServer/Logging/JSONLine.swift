import Logging

/// The bytes of one JSON log line, written in place: each string escaped as it is copied, with no string
/// built on the way (a line of `orgtui serve --log-format json` is written for every request).
struct JSONLine {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 512) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `raw` as it is: JSON punctuation, or a value already escaped.
    mutating func append(raw: some Sequence<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    /// Appends `text` as a JSON string (`append(escaped:)` between quotes).
    mutating func append(string text: String) {
        bytes.append(0x22)
        append(escaped: text)
        bytes.append(0x22)
    }

    /// Appends `text` escaped for a JSON string, without its quotes. Every control character (C0, DEL and C1) and
    /// the line separators U+2028 and U+2029 are written as `\uXXXX`, quotes and backslashes as `\"` and `\\`, so
    /// that a line never drives a terminal and never breaks in two; any other character is copied as it is.
    mutating func append(escaped text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var copied = 0
            var index = 0
            while index < utf8.count {
                let width = Self.escapedWidth(utf8, at: index)
                guard width > 0 else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                appendEscape(of: utf8, at: index, width: width)
                index += width
                copied = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
        }
    }

    /// Appends `,"key":`, the start of an object's next field.
    mutating func append(key: String) {
        bytes.append(0x2C)
        append(string: key)
        bytes.append(0x3A)
    }

    /// Appends `number` as a JSON number when it is finite, else as a string ("nan", "inf"), which JSON has no
    /// number for.
    mutating func append(number: Double) {
        if number.isFinite { append(raw: number.description.utf8) } else { append(string: number.description) }
    }

    /// A metadata value: an Int, or a finite Double, as a number; anything else as a string.
    mutating func append(value: Logger.Metadata.Value) {
        switch value {
        case .string(let text): append(string: text)
        case .stringConvertible(let number as Int): append(raw: number.description.utf8)
        case .stringConvertible(let number as Double): append(number: number)
        default: append(string: value.description)
        }
    }

    /// How many bytes of the escaped character start at `index` (0 when the byte there is copied): 1 for an
    /// ASCII control, quote or backslash, 2 for a C1 control, 3 for U+2028 and U+2029.
    private static func escapedWidth(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch utf8[index] {
        case 0x00..<0x20, 0x22, 0x5C, 0x7F: 1
        case 0xC2 where index + 1 < utf8.count && (0x80...0x9F).contains(utf8[index + 1]): 2
        case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (0xA8...0xA9).contains(utf8[index + 2]): 3
        default: 0
        }
    }

    private mutating func appendEscape(of utf8: UnsafeBufferPointer<UInt8>, at index: Int, width: Int) {
        let byte = utf8[index]
        switch width {
        case 1 where byte == 0x22 || byte == 0x5C: bytes += [0x5C, byte]
        case 1: appendUnicodeEscape(UInt32(byte))
        case 2: appendUnicodeEscape(UInt32(utf8[index + 1]))
        default: appendUnicodeEscape(0x2000 | UInt32(utf8[index + 2] & 0x3F))
        }
    }

    /// `\u` and the four lowercase hexadecimal digits of `value`.
    private mutating func appendUnicodeEscape(_ value: UInt32) {
        let digits: StaticString = "0123456789abcdef"
        bytes += [0x5C, 0x75]
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(digits.utf8Start[Int(value >> UInt32(shift) & 15)])
        }
    }
}
