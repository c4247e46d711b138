import Foundation
import Logging
import Synchronization

/// A swift-log handler that writes each event as one JSON object a line: `time`, `level`, `label`,
/// `message`, then the metadata's keys (a request's line: `request_id`, `method`, `path`, `operation`,
/// `status`, `duration_ms`, `member_id`). Numbers stay numbers; every control character is escaped, so a
/// line never drives a terminal and never breaks in two.
public struct JSONLogHandler: LogHandler {
    private let output: Output
    private let label: String
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level

    /// A handler for `label` that writes to the file descriptor `fd` (standard error by default) at `level`
    /// and above.
    public init(label: String, level: Logger.Level, fd: Int32 = STDERR_FILENO) {
        self.init(label: label, level: level, output: Output(fd: fd))
    }

    init(label: String, level: Logger.Level, output: Output) {
        self.label = label
        self.output = output
        logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let fields = event.metadata.map { metadata.merging($0) { $1 } } ?? metadata
        var line = "{\"time\":"
        line.reserveCapacity(320)
        line += Self.quoted(Self.now())
        line += ",\"level\":" + Self.quoted("\(event.level)") + ",\"label\":" + Self.quoted(label)
        line += ",\"message\":" + Self.quoted("\(event.message)")
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            line += "," + Self.quoted(key) + ":" + Self.json(value)
        }
        line += "}\n"
        output.append(line)
    }

    /// The time now in ISO 8601, to the second: formatted once a second, as a server logs many lines in each.
    static func now() -> String {
        let date = Date()
        let second = date.timeIntervalSince1970.rounded(.down)
        return lastSecond.withLock { last in
            if last.second != second { last = (second, date.formatted(.iso8601)) }
            return last.text
        }
    }

    private static let lastSecond = Mutex<(second: Double, text: String)>((.nan, ""))

    /// A metadata value as JSON: an Int or Double as a number, anything else as a string.
    static func json(_ value: Logger.Metadata.Value) -> String {
        if case .stringConvertible(let convertible) = value, convertible is Int || convertible is Double {
            return convertible.description
        }
        return quoted(value.description)
    }

    /// `text` as a JSON string, every control character (C0, DEL, C1) and the line separators escaped.
    static func quoted(_ text: String) -> String {
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) && $0 != 0x22 && $0 != 0x5C }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}":
                result +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The descriptor, written under a lock so that lines never interleave.
    final class Output: Sendable {
        private let fd: Mutex<Int32>

        init(fd: Int32) { self.fd = Mutex(fd) }

        func append(_ line: String) {
            var line = line
            line.withUTF8 { bytes in fd.withLock { fd in _ = write(fd, bytes.baseAddress, bytes.count) } }
        }
    }
}
