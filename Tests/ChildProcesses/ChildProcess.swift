import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program that tests and the bench start with posix_spawn and wait for with waitpid (Foundation's `Process`
/// can hang waiting for a child on Linux). The child starts with no blocked signals and default handlers,
/// whatever the starting thread has, and none of this process's descriptors but the three it is given: a
/// file another test is writing, or another child's pipe, stays out of it.
///
/// `wait()` blocks its thread; async code awaits `exitStatus()` or `run(_:)`, which wait (and read the child's
/// pipes) on a thread of their own, so that a test awaiting a child holds none of Swift's shared pool threads
/// (two on a 2-core machine).
public final class ChildProcess: @unchecked Sendable {
    /// Where one of the child's standard streams goes.
    public enum Stream: Sendable, Equatable {
        /// /dev/null.
        case null
        /// The file at the path: read from (stdin), or created (0600) or emptied and written to (stdout, stderr).
        case file(String)
        /// A pipe to this process, which collects what the child writes (`output`, `errors`); stdout and stderr.
        case pipe
        /// Wherever stdout goes; stderr only.
        case stdout
        /// The terminal at the path, read and written. The child then starts a session of its own (setsid), so
        /// that this terminal becomes its controlling terminal.
        case terminal(String)
    }

    /// The environment the child gets.
    public enum Environment: Sendable {
        /// This process's, with these variables added or replaced.
        case adding([String: String])
        /// These variables alone.
        case replacing([String: String])
    }

    /// A child that could not be started, or a program that did not succeed.
    public struct Failed: Error, CustomStringConvertible {
        public let description: String

        public init(_ description: String) {
            self.description = description
        }
    }

    /// The child's process id.
    public let pid: pid_t
    private let lock = NSLock()
    /// Held while the child's pipes are read, so that a second waiter finds everything collected.
    private let reading = NSLock()
    /// The read ends of the child's pipes, each with the stream (1 or 2) it carries; emptied when read.
    private var pipes: [(descriptor: Int32, stream: Int32)]
    private var collected: [Int32: [UInt8]] = [:]
    /// The exit status once the child is reaped.
    private var ended: Int32?

    /// Starts `arguments` (a path, or a program's name looked up on PATH, first) with its streams as given.
    public init(
        _ arguments: [String], environment: Environment = .adding([:]), stdin: Stream = .null,
        stdout: Stream = .null, stderr: Stream = .null
    ) throws {
        precondition(!arguments.isEmpty && ![.pipe, .stdout].contains(stdin) && stdout != .stdout)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var readEnds: [(descriptor: Int32, stream: Int32)] = []
        var writeEnds: [Int32] = []
        defer { writeEnds.forEach { close($0) } }
        for (descriptor, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            let writes = descriptor == 0 ? O_RDONLY : O_WRONLY | O_CREAT | O_TRUNC
            switch stream {
            case .null: posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", writes, 0)
            case .file(let path): posix_spawn_file_actions_addopen(&actions, descriptor, path, writes, 0o600)
            case .terminal(let path): posix_spawn_file_actions_addopen(&actions, descriptor, path, O_RDWR, 0)
            case .stdout: posix_spawn_file_actions_adddup2(&actions, 1, 2)
            case .pipe:
                var ends: [Int32] = [0, 0]
                guard pipe(&ends) == 0 else {
                    readEnds.forEach { close($0.descriptor) }
                    throw Failed("cannot make a pipe for \(arguments[0]): \(String(cString: strerror(errno)))")
                }
                ends.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
                posix_spawn_file_actions_adddup2(&actions, ends[1], descriptor)
                readEnds.append((ends[0], descriptor))
                writeEnds.append(ends[1])
            }
        }
        _ = Self.closeFrom?(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        let inTerminal = [stdin, stdout, stderr].contains { if case .terminal = $0 { true } else { false } }
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | (inTerminal ? Self.setsid : 0))

        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let error: Int32
        switch environment {
        case .adding(let added) where added.isEmpty:
            error = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        case .adding(let added):
            error = Self.spawn(
                &pid, arguments[0], &actions, &attributes, argv,
                ProcessInfo.processInfo.environment
                    .merging(added) { $1 })
        case .replacing(let variables):
            error = Self.spawn(&pid, arguments[0], &actions, &attributes, argv, variables)
        }
        guard error == 0 else {
            readEnds.forEach { close($0.descriptor) }
            throw Failed("cannot start \(arguments[0]): \(String(cString: strerror(error)))")
        }
        self.pid = pid
        pipes = readEnds
    }

    /// A child nobody waited for is killed and reaped, so that none outlives its test.
    deinit {
        if lock.withLock({ reapIfEnded() == nil }) { end() }
        pipes.forEach { close($0.descriptor) }
    }

    /// What the child wrote on its stdout pipe (with stderr, if that went to stdout); complete once waited for.
    public var output: String { lock.withLock { String(decoding: collected[1] ?? [], as: UTF8.self) } }

    /// What the child wrote on its stderr pipe; complete once waited for.
    public var errors: String { lock.withLock { String(decoding: collected[2] ?? [], as: UTF8.self) } }

    /// Whether the child has not ended yet (it is reaped if it has). Never blocks.
    public var isRunning: Bool { lock.withLock { reapIfEnded() == nil } }

    /// Sends `signal` to the child, unless it has been reaped (its pid may then be another process's).
    public func send(_ signal: Int32) {
        lock.withLock {
            if ended == nil { _ = kill(pid, signal) }
        }
    }

    /// Waits for the child to end, collecting what it writes on its pipes meanwhile: its exit status, or 128 +
    /// the signal that ended it. It blocks the calling thread: async code awaits `exitStatus()`.
    public func wait() -> Int32 {
        wait { chunk in lock.withLock { collected[1, default: []] += chunk } }
    }

    /// `wait()`, handing each chunk the child writes on its stdout pipe to `chunk` as it comes instead of
    /// collecting it.
    public func wait(reading chunk: (ArraySlice<UInt8>) -> Void) -> Int32 {
        reading.withLock {
            var open = lock.withLock { pipes }
            lock.withLock { pipes = [] }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while !open.isEmpty {
                var polled = open.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
                guard poll(&polled, nfds_t(polled.count), -1) >= 0 || errno == EINTR else { break }
                for index in polled.indices.reversed() where polled[index].revents != 0 {
                    let count = read(polled[index].fd, &buffer, buffer.count)
                    if count > 0, open[index].stream == 1 {
                        chunk(buffer[..<count])
                    } else if count > 0 {
                        lock.withLock { collected[2, default: []] += buffer[..<count] }
                    } else if count == 0 || errno != EINTR {
                        close(open.remove(at: index).descriptor)
                    }
                }
            }
            open.forEach { close($0.descriptor) }
        }
        return reap()
    }

    /// Waits, on a thread of its own, for the child to end (see `wait()`): its exit status.
    public func exitStatus() async -> Int32 {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: self.wait()) }.start()
        }
    }

    /// Ends the child (SIGKILL: nothing of it needs to be kept) and reaps it, leaving its pipes unread.
    public func end() {
        send(SIGKILL)
        _ = reap()
    }

    /// Waits for the child to end without reaping it (so that `isRunning` and `send` never meet a reused pid),
    /// then reaps it; -1 if something else reaped it.
    private func reap() -> Int32 {
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0, errno == EINTR {}
        return lock.withLock { reapIfEnded() ?? -1 }
    }

    /// The exit status if the child has ended, reaping it; with `lock` held.
    private func reapIfEnded() -> Int32? {
        if let ended { return ended }
        var status: Int32 = 0
        var reaped: pid_t
        repeat { reaped = waitpid(pid, &status, WNOHANG) } while reaped < 0 && errno == EINTR
        if reaped == pid {
            ended = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        } else if reaped < 0 {
            ended = -1
        }
        return ended
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (since 2.34), which the Glibc module does not export:
    /// the child closes every descriptor from the given one on.
    private static let closeFrom = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map {
        unsafeBitCast(
            $0, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }

    /// glibc's `POSIX_SPAWN_SETSID` (since 2.26), which the Glibc module does not export.
    private static let setsid = Int16(0x80)

    private static func spawn(
        _ pid: inout pid_t, _ program: String, _ actions: inout posix_spawn_file_actions_t,
        _ attributes: inout posix_spawnattr_t, _ argv: [UnsafeMutablePointer<CChar>?], _ variables: [String: String]
    ) -> Int32 {
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        return posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
    }
}
