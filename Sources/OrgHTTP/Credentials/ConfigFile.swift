import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading the config files that hold a token (`credentials`) or decide where one is sent (`profiles`,
/// `paths.*`). Like ssh, orgtui refuses such a file, with the command that fixes it, when another account
/// could change it: when it or its directory belongs to another account (root aside), or when its group or
/// others may write either. A directory with the sticky bit (such as /tmp) is the exception: there others may
/// add files but neither remove nor rename ours, and a file they add is theirs, so refused. A file that holds
/// a secret is also refused when they may read it.
enum ConfigFile {
    /// The text of the file at `path`, nil when there is none; `holdsSecret` for the credentials file.
    static func text(_ path: String, holdsSecret: Bool) throws(CredentialError) -> String? {
        guard let file = try status(path) else { return nil }
        let purpose = holdsSecret ? "holds your tokens" : "decides where your tokens are sent"
        try checkOwner(path, file, purpose)
        let mode = file.st_mode & 0o777
        if holdsSecret, mode & 0o077 != 0 {
            throw CredentialError(
                """
                \(path) holds a secret but its group or others may access it (mode \(String(mode, radix: 8))); \
                it was not used. Run: chmod 600 \(path)
                """)
        }
        if mode & 0o022 != 0 {
            throw CredentialError(
                """
                \(path) \(purpose), but its group or others may change it (mode \(String(mode, radix: 8))): \
                it was not used. Run: chmod go-w \(path)
                """)
        }
        for directory in directories(of: path) {
            guard let folder = try status(directory) else { continue }
            try checkOwner(directory, folder, "holds \(path), which \(purpose)")
            let mode = folder.st_mode & 0o7777  // 0o1000: the sticky bit
            if mode & 0o022 != 0, mode & 0o1000 == 0 {
                throw CredentialError(
                    """
                    \(directory) holds \(path), which \(purpose), but its group or others may change what it \
                    holds (mode \(String(mode, radix: 8))): it was not used. Run: chmod go-w \(directory)
                    """)
            }
        }
        guard let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) })
        else {
            throw CredentialError("Cannot read \(path): it is not a readable text file.")
        }
        return text
    }

    /// The directory `path` is named in, and the one it is really in when it is a symbolic link elsewhere.
    private static func directories(of path: String) -> [String] {
        let named = (path as NSString).deletingLastPathComponent
        let real = ((path as NSString).resolvingSymlinksInPath as NSString).deletingLastPathComponent
        return Array(Set([named.isEmpty ? "." : named, real.isEmpty ? "." : real])).sorted()
    }

    /// The `stat` of `path` (following links); nil when it does not exist.
    private static func status(_ path: String) throws(CredentialError) -> stat? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw CredentialError("Cannot read \(path): \(String(cString: strerror(errno))).")
        }
        return status
    }

    /// Refuses `path`, which `does` something (such as "holds your tokens"), when it belongs to neither this
    /// account nor root.
    private static func checkOwner(_ path: String, _ status: stat, _ does: String) throws(CredentialError) {
        let owner = status.st_uid
        guard owner != geteuid(), owner != 0 else { return }
        throw CredentialError(
            """
            \(path) belongs to another account (uid \(owner)), yet it \(does): it was not used. Remove it, or \
            have root give it to you: chown \(geteuid()) \(path)
            """)
    }
}
