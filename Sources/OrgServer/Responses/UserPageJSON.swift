import OrgModel

/// A `UserPage` as JSON, byte for byte what the generated server's JSONEncoder writes (sorted keys,
/// escaped slashes, no spaces), at a small fraction of its cost: `listUsers` answers with up to 100
/// users a request, and JSONEncoder took most of the server's time under load.
enum UserPageJSON {
    /// `{"count":N,"items":[{"email":"...","id":"...","name":"..."},...]}`.
    static func encode(_ page: UserPage) -> [UInt8] {
        var json: [UInt8] = []
        json.reserveCapacity(32 + 128 * page.items.count)
        json += #"{"count":\#(page.count),"items":["#.utf8
        for (index, user) in page.items.enumerated() {
            json += (index == 0 ? #"{"email":"# : #",{"email":"#).utf8
            append(user.email, to: &json)
            json += #","id":"#.utf8
            append(user.id, to: &json)
            json += #","name":"#.utf8
            append(user.name, to: &json)
            json.append(UInt8(ascii: "}"))
        }
        json += "]}".utf8
        return json
    }

    /// Appends `string` as a JSON string: the bytes that need no escape in runs, the others escaped.
    private static func append(_ string: String, to json: inout [UInt8]) {
        var string = string
        string.withUTF8 { bytes in
            json.append(quote)
            var run = 0
            for index in bytes.indices where isEscaped[Int(bytes[index])] {
                json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                json += escapes[Int(bytes[index])]!
                run = index + 1
            }
            json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
            json.append(quote)
        }
    }

    /// The escape of each byte that a JSON string cannot hold as it is, as JSONEncoder writes it: quote,
    /// backslash and slash after a backslash, the control characters as `\b \t \n \f \r` or `\u00xx`.
    private static let escapes: [[UInt8]?] = (0...255).map { byte in
        switch byte {
        case 0x08: Array(#"\b"#.utf8)
        case 0x09: Array(#"\t"#.utf8)
        case 0x0A: Array(#"\n"#.utf8)
        case 0x0C: Array(#"\f"#.utf8)
        case 0x0D: Array(#"\r"#.utf8)
        case 0..<0x20: Array((#"\u00"# + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)).utf8)
        case Int(quote), Int(UInt8(ascii: "\\")), Int(UInt8(ascii: "/")): [UInt8(ascii: "\\"), UInt8(byte)]
        default: nil
        }
    }

    /// Whether each byte has an escape, for the scan.
    private static let isEscaped = escapes.map { $0 != nil }

    private static let quote = UInt8(ascii: "\"")
}
