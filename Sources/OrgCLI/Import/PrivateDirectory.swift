import Foundation

/// A directory that only its owner, the user running orgtui, may enter, such as `$XDG_STATE_HOME/orgtui/`
/// for import journals. It is opened once and checked through its descriptor, and its files are opened
/// relative to that descriptor, so a directory swapped in after the check is never used.
final class PrivateDirectory {
    /// The directory's path, for messages.
    let path: String
    private let fd: Int32

    /// Why a directory or one of its files was refused or could not be opened, as a sentence that says
    /// what to do.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Opens the directory at `path`, creating it 0700 (and its missing parents) when it is missing;
    /// refuses it unless it is yours and neither group nor others may enter it.
    init(_ path: String) throws(Failure) {
        let parent = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        if mkdir(path, 0o700) != 0, errno != EEXIST { throw Self.failure("create", path) }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure("open", path) }
        let status = try Self.status(fd, path)
        let problem: String? =
            if status.st_uid != geteuid() {
                "\(path) belongs to another user (uid \(status.st_uid)), who could plant files in it. "
                    + "Set XDG_STATE_HOME to a directory of your own."
            } else if status.st_mode & 0o077 != 0 {
                "Group or others have access to \(path) (mode \(Self.mode(status))); orgtui keeps its private "
                    + "files only in a directory that is yours alone. Run: chmod 700 \(path)"
            } else {
                nil
            }
        if let problem {
            close(fd)
            throw Failure(description: problem)
        }
        self.path = path
        self.fd = fd
    }

    deinit { close(fd) }

    /// Opens the file `name` in the directory for reading and appending, creating it 0600 when it is
    /// missing, never through a symbolic link; refuses it unless it is a regular file, yours, and neither
    /// group nor others may use it. `what` names the file in messages ("The import's journal").
    func openPrivateFile(_ name: String, what: String) throws(Failure) -> Int32 {
        let file = path + "/" + name
        let flags = O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC
        var fd = openat(self.fd, name, flags)
        if fd < 0, errno == ENOENT { fd = openat(self.fd, name, flags | O_CREAT | O_EXCL, 0o600) }
        if fd < 0, errno == EEXIST { fd = openat(self.fd, name, flags) }
        guard fd >= 0 else {
            if errno == ELOOP { throw Self.planted(file, what, "is a symbolic link") }
            throw Self.failure("open", file)
        }
        let status = try Self.status(fd, file)
        let problem: String? =
            if status.st_mode & S_IFMT != S_IFREG {
                "is not a regular file"
            } else if status.st_uid != geteuid() {
                "belongs to another user (uid \(status.st_uid))"
            } else if status.st_mode & 0o077 != 0 {
                "may be used by other users (mode \(Self.mode(status)))"
            } else {
                nil
            }
        if let problem {
            close(fd)
            throw Self.planted(file, what, problem)
        }
        return fd
    }

    /// What `fstat` says of `fd`, opened at `path`; `fd` is closed when it fails.
    private static func status(_ fd: Int32, _ path: String) throws(Failure) -> stat {
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let failure = Self.failure("check", path)
            close(fd)
            throw failure
        }
        return status
    }

    /// A refusal of a file that someone else may have put there.
    private static func planted(_ file: String, _ what: String, _ problem: String) -> Failure {
        Failure(
            description: "\(what) \(file) \(problem): someone else may have put it there, so orgtui does not "
                + "read it. Delete it (rm \(file)), then run the command again.")
    }

    /// A system call's failure on `path`.
    private static func failure(_ verb: String, _ path: String) -> Failure {
        Failure(description: "Cannot \(verb) \(path): \(String(cString: strerror(errno))).")
    }

    /// The permission bits, as `0755`.
    private static func mode(_ status: stat) -> String {
        "0" + String(status.st_mode & 0o777, radix: 8)
    }
}
