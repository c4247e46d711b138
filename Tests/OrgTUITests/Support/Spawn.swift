import Foundation

/// Runs a program with posix_spawn and waits for it with waitpid (Foundation's `Process` can hang
/// waiting for a child on Linux). Output is captured unless `detached`, for programs that leave a
/// daemon holding their stdout (a tmux server).
enum Spawn {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// The program's output (stdout and stderr); throws when it exits with a non-zero status.
    @discardableResult
    static func run(_ arguments: [String], detached: Bool = false) throws -> String {
        let ended = try start(arguments, detached: detached, errorsTo: nil)
        guard ended.status == 0 else {
            throw Failed(description: "\(arguments.joined(separator: " ")) failed: \(ended.output)")
        }
        return ended.output
    }

    /// How the program ended: its exit status, its standard output, and its standard error apart (kept in a
    /// temporary file, so a chatty stderr cannot block it).
    static func status(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let errorsPath = NSTemporaryDirectory() + "orgtui-stderr-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: errorsPath) }
        let ended = try start(arguments, detached: false, errorsTo: errorsPath)
        let errors = (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? ""
        return (ended.status, ended.output, errors)
    }

    /// Runs the program to its end: its exit status and what it wrote on the pipe (stdout, and stderr unless
    /// `errorsTo` names a file for it).
    private static func start(
        _ arguments: [String], detached: Bool, errorsTo errorsPath: String?
    ) throws -> (status: Int32, output: String) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw Failed(description: "pipe failed") }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if detached {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            if let errorsPath {
                posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            } else {
                posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
            }
        }
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The child starts with no blocked signals and default handlers, whatever this test thread has.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, environ)
        close(fds[1])
        defer { close(fds[0]) }
        guard spawned == 0 else { throw Failed(description: "cannot start \(arguments.joined(separator: " "))") }
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(fds[0], &buffer, buffer.count)
            if count > 0 { output += buffer[0..<count] } else if count == 0 || errno != EINTR { break }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exited = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exited, String(decoding: output, as: UTF8.self))
    }
}
