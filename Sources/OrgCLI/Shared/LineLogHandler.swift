import Foundation
import Logging
import OrgFiles
import OrgText
import Synchronization

/// A swift-log handler that writes each event as one line, cleaned by the `Sanitizer`, to a file or to
/// standard error, shared by every thread. A log holds what servers and stores said (a debug body, a
/// request's path), and whoever reads it with `tail` must not have it drive their terminal.
public struct LineLogHandler: LogHandler {
    private let output: Output
    private let label: String
    /// The handler's metadata, written after each message as `key=value`.
    public var metadata: Logger.Metadata = [:]
    /// The lowest level written.
    public var logLevel: Logger.Level = .info

    init(output: Output, label: String, level: Logger.Level) {
        self.output = output
        self.label = label
        logLevel = level
    }

    /// A handler for `label` that writes to standard error at `level` and above.
    public static func standardError(label: String, level: Logger.Level) -> LineLogHandler {
        LineLogHandler(output: Output(fd: STDERR_FILENO), label: label, level: level)
    }

    /// `$XDG_STATE_HOME/orgtui/orgtui.log`, where `XDG_STATE_HOME` defaults to `~/.local/state`.
    public static func defaultPath(environment: [String: String]) -> String {
        XDGDirectory.state.path("orgtui.log", environment: environment)
    }

    /// Sends every logger of the process to the file at `path` (0600; its directory is created 0700, as an
    /// import's journal requires of it); when the file cannot be opened, logs go nowhere rather than to the
    /// terminal. Every handler logs at `level` and above.
    public static func bootstrap(path: String, level: Logger.Level = .info) {
        let openFile = { open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600) }
        var fd = openFile()
        if fd < 0, errno == ENOENT {
            // Only when the directory is missing: FileManager's create takes about a millisecond of every start.
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            fd = openFile()
        }
        let output = Output(fd: fd)
        LoggingSystem.bootstrap { label in LineLogHandler(output: output, label: label, level: level) }
    }

    /// Metadata for one key.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Writes the event as one cleaned line: time, level, label, message and metadata.
    public func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let extra =
            all.isEmpty
            ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        output.append(
            Sanitizer.clean("\(Self.timestamp(Date())) \(event.level) \(label): \(event.message)\(extra)") + "\n")
    }

    /// The open file, written under a lock so that lines never interleave.
    final class Output: Sendable {
        private let fd: Mutex<Int32>

        init(fd: Int32) { self.fd = Mutex(fd) }

        func append(_ line: String) {
            fd.withLock { fd in
                guard fd >= 0 else { return }
                _ = line.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
            }
        }
    }
}
