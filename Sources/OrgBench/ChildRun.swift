import ChildProcesses
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
        try await Thread.blocking { try blocking(arguments, environment: environment) }
    }

    /// Runs `arguments` (the program's path first) to its end, awaited off the concurrency pool; what it printed.
    /// Throws when it fails.
    static func output(_ arguments: [String]) async throws -> String {
        try await ChildProcess.output(arguments, stderr: .null)
    }

    private static func blocking(_ arguments: [String], environment: [String: String]) throws -> ChildRun {
        var lines = 0, peak = 0
        let (status, seconds) = try spawnReading(arguments, environment: environment) { pid, chunk in
            lines += chunk.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
            peak = max(peak, Self.peakResident(pid) ?? 0)
        }
        guard status == 0 else {
            throw Failed(description: "\(arguments.joined(separator: " ")) failed (exit status \(status))")
        }
        return ChildRun(seconds: seconds, lines: lines, peakResidentBytes: peak)
    }

    /// Spawns `arguments`, hands each chunk of its standard output to `chunk` as it comes, and waits for it:
    /// its exit status and the seconds from spawn to exit.
    private static func spawnReading(
        _ arguments: [String], environment: [String: String], chunk: (pid_t, ArraySlice<UInt8>) -> Void
    ) throws -> (status: Int32, seconds: Double) {
        let start = ContinuousClock.now
        let child = try ChildProcess(arguments, environment: .adding(environment), stdout: .pipe)
        let status = child.wait { chunk(child.pid, $0) }
        return (status, (ContinuousClock.now - start).seconds)
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
