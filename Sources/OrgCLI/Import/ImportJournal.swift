import Foundation
import OrgModel

/// The rows of an import file that ended invited or skipped, one email a line, appended as each ends, so
/// that a run of the same file on the same backend after an interruption or a failure sends none of them
/// again. It is kept in a `PrivateDirectory` (`$XDG_STATE_HOME/orgtui/`), named by the SHA-256 of the
/// backend and the file's content, so a changed file or another organization starts afresh; one that
/// another user could have written is refused, since each email in it makes a row skipped.
final class ImportJournal: @unchecked Sendable {
    /// The journal's path.
    let path: String
    /// The emails (lowercased) that an earlier run ended.
    let done: Set<String>
    private let fd: Int32
    private let lock = NSLock()

    /// Opens (creating it 0600) the journal for `content` sent to `backend` in `directory`, and reads what
    /// earlier runs recorded from the same descriptor.
    init(directory: PrivateDirectory, content: Data, backend: String) throws(PrivateDirectory.Failure) {
        let name = "import-" + Self.key(content, backend) + ".journal"
        let fd = try directory.openPrivateFile(name, what: "The import's journal")
        path = directory.path + "/" + name
        let earlier: Data
        do {
            earlier = try FileHandle(fileDescriptor: fd, closeOnDealloc: false).readToEnd() ?? Data()
        } catch {
            close(fd)
            throw PrivateDirectory.Failure(description: "Cannot read \(path): \(error.localizedDescription)")
        }
        done = Set(String(decoding: earlier, as: UTF8.self).split(separator: "\n").map { $0.lowercased() })
        self.fd = fd
    }

    deinit { close(fd) }

    /// Records that the row for `email` has ended, before anything else happens (one write, no buffer).
    func record(_ email: String) {
        let line = Array((email.lowercased() + "\n").utf8)
        lock.withLock { _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
    }

    /// The hex SHA-256 of the backend, a zero byte and the content (a backend's name holds no zero byte).
    static func key(_ content: Data, _ backend: String) -> String {
        var hash = SHA256()
        hash.update(Array(backend.utf8) + [0])
        hash.update(content)
        return hash.hexDigest()
    }
}
