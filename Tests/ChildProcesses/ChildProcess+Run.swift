extension ChildProcess {
    /// How a program run to its end ended: its exit status (128 + the signal that ended it) and what it wrote.
    public struct Ended: Sendable {
        public let status: Int32
        /// Its standard output (with its standard error, if that went to stdout).
        public let output: String
        /// Its standard error, when it went to a pipe.
        public let errors: String
    }

    /// Runs `arguments` to its end, its stdout collected (and its stderr, apart unless it goes elsewhere),
    /// waiting on a thread of its own. Throws only when it cannot be started.
    public static func run(
        _ arguments: [String], environment: Environment = .adding([:]), stdin: Stream = .null,
        stderr: Stream = .pipe
    ) async throws -> Ended {
        let child = try ChildProcess(arguments, environment: environment, stdin: stdin, stdout: .pipe, stderr: stderr)
        let status = await child.exitStatus()
        return Ended(status: status, output: child.output, errors: child.errors)
    }

    /// What `arguments` writes on stdout (and on stderr, unless it goes elsewhere) when run to its end; throws
    /// `Failed`, with what it wrote, unless it exits 0.
    @discardableResult
    public static func output(
        _ arguments: [String], environment: Environment = .adding([:]), stderr: Stream = .stdout
    ) async throws -> String {
        let ended = try await run(arguments, environment: environment, stderr: stderr)
        guard ended.status == 0 else {
            throw Failed("\(arguments.joined(separator: " ")) exited \(ended.status): \(ended.output)\(ended.errors)")
        }
        return ended.output
    }
}
