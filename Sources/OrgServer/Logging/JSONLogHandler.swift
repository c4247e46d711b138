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
        let fields = metadata.merging(event.metadata ?? [:]) { $1 }
        var line = "{\"time\":\(Self.quoted(Date().formatted(.iso8601))),\"level\":\(Self.quoted("\(event.level)"))"
        line += ",\"label\":\(Self.quoted(label)),\"message\":\(Self.quoted("\(event.message)"))"
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            line += ",\(Self.quoted(key)):\(Self.json(value))"
        }
        output.append(line + "}\n")
    }

    /// A metadata value as JSON: an Int or Double as a number, anything else as a string.
    static func json(_ value: Logger.Metadata.Value) -> String {
        if case .stringConvertible(let convertible) = value, convertible is Int || convertible is Double {
            return convertible.description
        }
        return quoted(value.description)
    }

    /// `text` as a JSON string, every control character (C0, DEL, C1) and the line separators escaped.
    static func quoted(_ text: String) -> String {
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
            fd.withLock { fd in
                _ = line.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
            }
        }
    }
}
