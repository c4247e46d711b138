import Foundation

/// One run of a program to its end, its standard output read through a pipe as a script's next command
/// would read it: the seconds from spawn to exit, the lines it printed, and its peak resident memory.
struct ChildRun {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    var seconds: Double
    var lines: Int
    /// The child's peak resident set size (`VmHWM`, read while it writes), in bytes.
    var peakResidentBytes: Int

    /// Runs `arguments` (the program's path first) with `environment` added to this process's, on a thread
    /// of its own, so that waiting for it leaves the concurrency pool to a server in this process.
    static func measure(_ arguments: [String], environment: [String: String] = [:]) async throws -> ChildRun {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try blocking(arguments, environment: environment) }) }.start()
        }
    }

    private static func blocking(_ arguments: [String], environment: [String: String]) throws -> ChildRun {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw Failed(description: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let start = ContinuousClock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        close(fds[1])
        defer { close(fds[0]) }
        guard spawned == 0 else { throw Failed(description: "cannot start \(arguments[0])") }
        var lines = 0, peak = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(fds[0], &buffer, buffer.count)
            if count > 0 {
                lines += buffer[0..<count].reduce(0) { $1 == 10 ? $0 + 1 : $0 }
                peak = max(peak, Self.peakResident(pid) ?? 0)
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let seconds = (ContinuousClock.now - start).seconds
        guard status == 0 else {
            throw Failed(description: "\(arguments.joined(separator: " ")) failed (wait status \(status))")
        }
        return ChildRun(seconds: seconds, lines: lines, peakResidentBytes: peak)
    }

    /// `VmHWM` of the running process `pid`, in bytes. (`wait4`'s `ru_maxrss` will not do: a child spawned
    /// with vfork starts from this process's peak.)
    private static func peakResident(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1_024
    }
}
