import ChildProcesses
import Foundation
import GRDB
import OrgModel
import OrgStore

/// What the durability and concurrency tests share: starting the StoreWriter child process, polling
/// with a deadline, reading the logs it writes, and checking a store file's integrity.
enum DurabilityHarness {
    /// The StoreWriter executable, built into the same directory as the test bundle.
    static func writerPath() throws -> String {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidates = [
            testBinary.deletingLastPathComponent().appendingPathComponent("StoreWriter").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("StoreWriter").path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/StoreWriter").path,
        ]
        guard let path = candidates.first(where: FileManager.default.isExecutableFile) else {
            throw Failure("StoreWriter is not built; looked in \(candidates)")
        }
        return path
    }

    /// Starts StoreWriter with `arguments`, its stderr going to `stderrPath`.
    static func startWriter(_ arguments: [String], stderrPath: String) throws -> ChildProcess {
        try ChildProcess([try writerPath()] + arguments, stderr: .file(stderrPath))
    }

    /// Checks `condition` every millisecond until it holds (true) or `timeout` passes (false).
    static func poll(timeout: Duration, _ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            if ContinuousClock.now > deadline { return false }
            usleep(1_000)
        }
        return true
    }

    /// The complete lines of the file at `path` (a last line without its newline is left out).
    static func completeLines(_ path: String) -> [Substring] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return Array(lines.dropLast())
    }

    /// One role change a writer logged.
    typealias RoleWrite = (id: String, roles: Set<Role>)

    /// A `StoreWriter roles` log: the writes it committed, in order, and the one it was making when it
    /// died (logged `T` without its `C`), which may or may not have landed.
    static func rolesLog(_ path: String) -> (committed: [RoleWrite], inFlight: RoleWrite?) {
        var committed: [RoleWrite] = []
        var inFlight: RoleWrite?
        for line in completeLines(path) {
            let fields = line.split(separator: " ")
            if fields.first == "T", fields.count == 3 {
                inFlight = (String(fields[1]), roles(fields[2]))
            } else if line == "C", let write = inFlight {
                committed.append(write)
                inFlight = nil
            }
        }
        return (committed, inFlight)
    }

    /// The roles of a log line's `admin,developer` label.
    static func roles(_ label: Substring) -> Set<Role> {
        Set(label.split(separator: ",").compactMap { Role(rawValue: String($0)) })
    }

    /// `PRAGMA integrity_check` on the file at `path`, through a connection of its own.
    static func integrityCheck(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// The roles of each of `ids` in the store at `path`, opened afresh.
    static func roles(of ids: some Sequence<String>, inStoreAt path: String) async throws -> [String: Set<Role>] {
        let backend = try SQLiteStore(openingAt: path).backend()
        var roles: [String: Set<Role>] = [:]
        for id in ids { roles[id] = try await backend.getUser(id: id).roles }
        return roles
    }

    /// The first page of users except "me": the users the writers change.
    static func candidates(inStoreAt path: String) async throws -> [String] {
        let store = try SQLiteStore(openingAt: path)
        return try await store.backend().listUsers(UserQuery(pageSize: UserQuery.maxPageSize)).items.map(\.id)
            .filter { $0 != store.meID }
    }

    /// A harness step that could not be done.
    struct Failure: Error, CustomStringConvertible {
        let description: String

        init(_ description: String) {
            self.description = description
        }
    }
}
