import Foundation

/// An append-only text file whose every line is on disk (written and fsynced) before `append`
/// returns, so that a parent process that kills this one knows which lines were written.
struct CommitLog {
    private let descriptor: Int32

    /// Opens (creating if needed) the log at `path` for appending.
    init(path: String) throws(WriterFailure) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else { throw WriterFailure("cannot open the log \(path): errno \(errno)") }
    }

    /// Appends `line` and a newline, then waits until both are on disk.
    func append(_ line: String) throws(WriterFailure) {
        let bytes = Array((line + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard result > 0 else { throw WriterFailure("cannot write the log: errno \(errno)") }
            written += result
        }
        guard fsync(descriptor) == 0 else { throw WriterFailure("cannot fsync the log: errno \(errno)") }
    }
}
