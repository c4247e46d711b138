import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OrgModel

extension SQLiteStore {
    /// The store's files on disk. A store holds every member's email, token hashes, the audit log and the
    /// outbox, so its file is made readable by its owner alone, by this process alone, and an existing one
    /// that other accounts may read is pointed out. SQLite gives the `-wal` and `-shm` files the main
    /// file's mode, so they follow it.
    enum Files {
        /// The files SQLite keeps beside the store while it is in WAL mode.
        static let companionSuffixes = ["-wal", "-shm"]

        /// Creates an empty file at `path` with mode 0600, exclusively (O_EXCL): when anything is already
        /// there, even a link, it refuses with `.conflict` and touches nothing, so of two processes creating
        /// the same store, one wins and the other changes nothing. A `-wal` or `-shm` left beside a missing
        /// store is refused too: SQLite would apply an old store's pages to the new one.
        static func createExclusively(at path: String) throws(BackendError) {
            let taken = BackendError.conflict(
                "A file already exists at \(path); a store is never overwritten. Choose another path.")
            if exists(path) { throw taken }
            for suffix in companionSuffixes where exists(path + suffix) {
                throw .conflict(
                    """
                    \(path + suffix) is left from an earlier store at \(path), and SQLite would apply it to a new one. \
                    Remove it, or choose another path.
                    """)
            }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                let reason = errno
                if reason == EEXIST { throw taken }
                throw .unusableStore("Cannot create the store \(path): \(String(cString: strerror(reason))).")
            }
            fchmod(descriptor, 0o600)  // the umask may have taken bits away; it never adds any
            close(descriptor)
        }

        /// Removes the store at `path` that `createExclusively` made, with the `-wal` and `-shm` that its
        /// connections made (none were there before: `createExclusively` refuses otherwise).
        static func removeCreated(at path: String) {
            for suffix in [""] + companionSuffixes { unlink(path + suffix) }
        }

        /// A warning to show when the store at `path`, or its `-wal` or `-shm`, may be read or written by
        /// the owner's group or others: the `chmod` that fixes it comes first, so that a status line cut to
        /// the terminal's width keeps it. Nil when only the owner may.
        static func accessWarning(path: String) -> String? {
            let files = ([""] + companionSuffixes).map { path + $0 }
            let exposed = files.compactMap { file -> (String, mode_t)? in
                var status = stat()
                guard stat(file, &status) == 0, status.st_mode & 0o077 != 0 else { return nil }
                return (file, status.st_mode & 0o777)
            }
            guard let first = exposed.first else { return nil }
            let existing = files.filter { FileManager.default.fileExists(atPath: $0) }.map(shellWord)
            return """
                \(first.0) may be read by other accounts (mode \(String(first.1, radix: 8))); run \
                chmod 600 \(existing.joined(separator: " ")) (it holds every member's email, token hashes and the \
                audit log)
                """
        }

        /// `path` as one word a shell reads back unchanged.
        private static func shellWord(_ path: String) -> String {
            let punctuation = "0123456789/._-+,:@".unicodeScalars
            let plain = path.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || punctuation.contains($0))
            }
            return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }

        /// Whether anything is at `path`, a dangling link included.
        private static func exists(_ path: String) -> Bool {
            var status = stat()
            return lstat(path, &status) == 0
        }

        /// Makes the directory that will hold a new store at `path`, readable by its owner alone when made.
        static func prepareDirectory(for path: String) throws(BackendError) {
            let directory = (path as NSString).deletingLastPathComponent
            guard !directory.isEmpty else { return }
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw .unusableStore("Cannot create the directory \(directory): \(error.localizedDescription)")
            }
        }
    }
}
