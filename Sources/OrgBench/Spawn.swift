import Foundation

/// Starts programs with posix_spawn, so that the bench waits for them with `waitpid` alone.
enum Spawn {
    /// Starts `arguments` (the program's path first) with `environment` added to this process's; its standard
    /// output goes to the write end of `pipe` when given (both ends closed in the child), else to /dev/null,
    /// and its standard error to /dev/null.
    static func start(
        _ arguments: [String], environment: [String: String] = [:], pipe: (read: Int32, write: Int32)? = nil
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let pipe {
            posix_spawn_file_actions_adddup2(&actions, pipe.write, 1)
            posix_spawn_file_actions_addclose(&actions, pipe.read)
            posix_spawn_file_actions_addclose(&actions, pipe.write)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else {
            throw ChildRun.Failed(description: "cannot start \(arguments[0])")
        }
        return pid
    }

    /// Waits for `pid` to end; its wait status.
    @discardableResult
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status
    }
}
