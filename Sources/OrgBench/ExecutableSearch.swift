import Foundation

/// Finding the peer programs the bench runs (sqlite3, wrk) on `PATH`.
enum ExecutableSearch {
    /// The full path of the executable `name` in the first `PATH` directory that has it, or nil.
    static func onPath(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first(where: FileManager.default.isExecutableFile)
    }
}
