import Foundation
import Logging
import Synchronization

/// A swift-log handler that writes each event as one JSON object a line: `time`, `level`, `label`,
/// `message`, then the metadata's keys (a request's line: `request_id`, `method`, `path`, `operation`,
/// `status`, `duration_ms`, `member_id`). Numbers stay numbers; every control character is escaped, so a
/// line never drives a terminal and never breaks in two.
public struct JSONLogHandler: LogHandler {
    /// Where lines go and the label they carry, in one reference, so that the handler fits in the inline buffer of
    /// an `any LogHandler` (24 bytes) and a Logger's copy, made for every request, allocates nothing for it.
    private let target: Target
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level

    /// A handler for `label` that writes to the file descriptor `fd` (standard error by default) at `level`
    /// and above.
    public init(label: String, level: Logger.Level, fd: Int32 = STDERR_FILENO) {
        self.init(label: label, level: level, output: Output(fd: fd))
    }

    init(label: String, level: Logger.Level, output: Output) {
        var quoted = JSONLine(capacity: label.utf8.count + 2)
        quoted.append(string: label)
        target = Target(output: output, quotedLabel: quoted.bytes)
        logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        writeLine(level: event.level) { line in
            line.append(string: event.message.description)
        } fields: { line in
            for (key, value) in Self.fields(metadata, event.metadata) {
                line.append(key: key)
                line.append(value: value)
            }
        }
    }

    /// Writes one line: the time, `level`, the label, the message that `message` appends, then the fields that
    /// `fields` appends.
    func writeLine(level: Logger.Level, message: (inout JSONLine) -> Void, fields: (inout JSONLine) -> Void) {
        let date = Date()
        let second = date.timeIntervalSince1970.rounded(.down)
        let time = Self.lastSecond.withLock { last in
            if last.second != second { last = (second, Self.quoted(date)) }
            return last.time
        }
        var line = JSONLine()
        line.append(raw: #"{"time":"#.utf8)
        line.append(raw: time)
        line.append(raw: #","level":""#.utf8)
        line.append(raw: level.rawValue.utf8)
        line.append(raw: #"","label":"#.utf8)
        line.append(raw: target.quotedLabel)
        line.append(raw: #","message":"#.utf8)
        message(&line)
        fields(&line)
        line.append(raw: "}\n".utf8)
        target.output.append(line.bytes)
    }

    /// The handler's metadata and the event's, the event's winning, sorted by key.
    private static func fields(_ handler: Logger.Metadata, _ event: Logger.Metadata?) -> [(
        key: String, value: Logger.Metadata.Value
    )] {
        let all = event.map { event in handler.isEmpty ? event : handler.merging(event) { $1 } } ?? handler
        return all.sorted { $0.key < $1.key }
    }

    /// The last second a line was written in, and that time in ISO 8601 as a JSON string: formatted once a second,
    /// as a server logs many lines in each.
    private static let lastSecond = Mutex<(second: Double, time: [UInt8])>((.nan, []))

    private static func quoted(_ date: Date) -> [UInt8] {
        var line = JSONLine(capacity: 24)
        line.append(string: date.formatted(.iso8601))
        return line.bytes
    }

    /// `text` as a JSON string, every control character (C0, DEL, C1) and the line separators escaped.
    static func quoted(_ text: String) -> String {
        var line = JSONLine(capacity: text.utf8.count + 2)
        line.append(string: text)
        return String(decoding: line.bytes, as: UTF8.self)
    }

    /// A handler's output and its label as a JSON string, escaped once.
    final class Target: Sendable {
        let output: Output
        let quotedLabel: [UInt8]

        init(output: Output, quotedLabel: [UInt8]) {
            self.output = output
            self.quotedLabel = quotedLabel
        }
    }

    /// The descriptor, written under a lock so that lines never interleave.
    final class Output: Sendable {
        private let fd: Mutex<Int32>

        init(fd: Int32) { self.fd = Mutex(fd) }

        func append(_ line: [UInt8]) {
            line.withUnsafeBufferPointer { bytes in fd.withLock { fd in _ = write(fd, bytes.baseAddress, bytes.count) }
            }
        }
    }
}
