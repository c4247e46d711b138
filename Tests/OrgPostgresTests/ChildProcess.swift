import Foundation

/// A real `orgtui` process started with posix_spawn, its standard output and error written to `logPath`; the
/// racing tests run the server and the command line as a person would.
final class ChildProcess: Sendable {
    /// The `orgtui` this build made.
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/orgtui").path

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    let pid: pid_t
    let logPath: String

    /// Starts `orgtui` with `arguments`, with no blocked signals and default handlers whatever this thread has.
    init(_ arguments: [String]) throws {
        logPath = NSTemporaryDirectory() + "orgtui-child-" + UUID().uuidString + ".log"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
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
        let argv = ([Self.binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, Self.binary, &actions, &attributes, argv, environ) == 0 else {
            throw Failed(description: "cannot start \(Self.binary) \(arguments.joined(separator: " "))")
        }
        self.pid = pid
    }

    deinit {
        try? FileManager.default.removeItem(atPath: logPath)
    }

    /// What the process wrote so far.
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Waits for the process to end: its exit status (128 + the signal when a signal ended it).
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Runs `orgtui` with `arguments` to its end and gives its output; throws when it exits non-zero.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let child = try ChildProcess(arguments)
        let status = child.wait()
        guard status == 0 else {
            throw Failed(description: "orgtui \(arguments.joined(separator: " ")) exited \(status): \(child.log)")
        }
        return child.log
    }

    /// Ends the process (SIGKILL: nothing of it needs to be kept) and waits for it.
    func end() {
        kill(pid, SIGKILL)
        _ = wait()
    }
}
