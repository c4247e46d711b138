import Foundation
import OrgText

/// JSON that is safe to print on a terminal and still says exactly what it said: every scalar that
/// `Sanitizer.isUnsafe` keeps from the terminal (C0 and C1 controls, DEL, bidi overrides and isolates,
/// line and paragraph separators, zero-width and other invisible characters) is written as a `\uXXXX`
/// escape, or a surrogate pair of them beyond U+FFFF. Every parser reads the escapes back as the same
/// strings. Such scalars only occur inside strings, where JSON allows any character to be escaped.
enum SafeJSON {
    /// Appends `json` (valid UTF-8, as `JSONEncoder` writes it) to `buffer`, each unsafe scalar escaped. The
    /// runs between escapes are copied whole.
    static func append(_ json: Data, to buffer: inout [UInt8]) {
        json.withUnsafeBytes { bytes in
            var copied = 0
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead >= 0x20, lead < 0x7F {
                    index += 1
                    continue
                }
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let sequence = bytes[index..<min(index + length, bytes.count)]
                guard let scalar = Self.scalar(sequence), Sanitizer.isUnsafe(scalar) else {
                    index += length
                    continue
                }
                buffer.append(contentsOf: bytes[copied..<index])
                for unit in scalar.utf16 { appendEscape(unit, to: &buffer) }
                index += length
                copied = index
            }
            buffer.append(contentsOf: bytes[copied..<bytes.count])
        }
    }

    /// The scalar of one UTF-8 sequence.
    private static func scalar(_ bytes: some Collection<UInt8>) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return scalar
    }

    /// `\u` and the four lowercase hex digits of `unit`, as `JSONEncoder` writes `\u001b`.
    private static func appendEscape(_ unit: UInt16, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) { buffer.append(hexDigits[Int((unit >> shift) & 0xF)]) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
