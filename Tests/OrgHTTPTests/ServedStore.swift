import ChildProcesses
import Foundation
import Testing

/// A real `orgtui serve` on a new local store, for the tests that watch it from outside: its log file, its
/// URL and an admin's token. `stop()` ends it and removes the store.
struct ServedStore {
    static let orgtui = ServeCommandTests.orgtui
    static var exists: Bool { FileManager.default.isExecutableFile(atPath: orgtui) }

    let directory: String
    let server: ChildProcess
    let url: URL
    let token: String
    var log: String { (try? String(contentsOfFile: directory + "/serve.log", encoding: .utf8)) ?? "" }

    /// Starts `orgtui serve` with `arguments` besides the store and port; throws when it does not say where
    /// it listens within 20 s.
    init(_ arguments: [String] = []) async throws {
        directory = NSTemporaryDirectory() + "orgtui-served-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let store = directory + "/org.sqlite"
        _ = try await ChildProcess.output(
            [
                Self.orgtui, "init", "--store", store, "--org", "Acme", "--short-name", "acme", "--name", "Ada Admin",
                "--email", "ada@acme.test",
            ], stderr: .null)
        token = try await ChildProcess.output(
            [Self.orgtui, "token", "create", "--store", store, "--email", "ada@acme.test", "--name", "test"],
            stderr: .null
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        let log = directory + "/serve.log"
        server = try ChildProcess(
            [Self.orgtui, "serve", "--store", store, "--port", "0"] + arguments, stderr: .file(log))
        let deadline = ContinuousClock.now + .seconds(20)
        var found: URL?
        while found == nil, server.isRunning, ContinuousClock.now < deadline {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            found = text.firstMatch(of: #/http://127\.0\.0\.1:[0-9]+/#).flatMap { URL(string: String($0.output)) }
            if found == nil { try await Task.sleep(for: .milliseconds(20)) }
        }
        guard let found else {
            server.end()
            throw ChildProcess.Failed("orgtui serve did not start: \(log)")
        }
        url = found
    }

    /// Sends SIGTERM and returns the exit status, ending the server by force if it has not stopped in 20 s.
    func terminate() async -> Int32 {
        server.send(SIGTERM)
        let deadline = ContinuousClock.now + .seconds(20)
        while server.isRunning, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        if server.isRunning { server.end() }
        return await server.exitStatus()
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
