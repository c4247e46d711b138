import Foundation
import Logging
import OrgModel
import Synchronization

/// A swift-log handler that appends lines to a file (never to the screen), shared by every thread.
struct FileLogHandler: LogHandler {
    private let file: Shared
    private let label: String
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    /// `$XDG_STATE_HOME/orgtui/orgtui.log`, where `XDG_STATE_HOME` defaults to `~/.local/state`.
    static func defaultPath(environment: [String: String]) -> String {
        XDGDirectory.state.path("orgtui.log", environment: environment)
    }

    /// Sends every logger of the process to the file at `path` (its directory is created); when the file
    /// cannot be opened, logs go nowhere rather than to the terminal.
    /// Every handler logs at `level` and above.
    static func bootstrap(path: String, level: Logger.Level = .info) {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        let shared = Shared(fd: fd)
        LoggingSystem.bootstrap { label in
            var handler = FileLogHandler(file: shared, label: label)
            handler.logLevel = level
            return handler
        }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let extra = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        file.append("\(Date().formatted(.iso8601)) \(event.level) \(label): \(event.message)\(extra)\n")
    }

    /// The open file, written under a lock so that lines never interleave.
    final class Shared: Sendable {
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
