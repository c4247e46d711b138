import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file only its owner may read, atomically.
enum PrivateFile {
    /// Writes `text` to `path` through a temporary file created with mode 0600 (its directory made 0700
    /// when missing), flushed, then renamed over `path`.
    static func write(_ text: String, to path: String) throws(CredentialError) {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CredentialError("Cannot create \(directory): \(error.localizedDescription)")
        }
        let temporary = "\(path).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("create \(temporary)") }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let flushed = fsync(fd) == 0
        close(fd)
        guard written == bytes.count, flushed, rename(temporary, path) == 0 else {
            let error = failure("write \(path)")
            unlink(temporary)
            throw error
        }
    }

    private static func failure(_ what: String) -> CredentialError {
        CredentialError("Cannot \(what): \(String(cString: strerror(errno))).")
    }
}
