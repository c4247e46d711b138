import ChildProcesses
import Foundation
import OrgHTTP
import OrgModel
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `orgtui` binary: `token create` prints a token once, `serve` answers with it, stops on
/// SIGTERM, and the secret is in no log, listing or store file.
@Suite struct ServeCommandTests {
    static let orgtui = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/orgtui").path

    let directory = NSTemporaryDirectory() + "orgtui-serve-" + UUID().uuidString

    /// Runs `orgtui` to completion and returns its standard output.
    func run(_ arguments: [String]) async throws -> String {
        try await ChildProcess.output([Self.orgtui] + arguments, stderr: .null)
    }

    /// Polls `condition` until it holds or `limit` passes.
    func eventually(within limit: Duration, _ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: orgtui)))
    func tokenCreateServeAndSigterm() async throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = directory + "/org.sqlite"
        _ = try await run([
            "init", "--store", store, "--org", "Acme", "--short-name", "acme", "--name", "Ada Admin", "--email",
            "ada@acme.test",
        ])
        let token = try await run(["token", "create", "--store", store, "--email", "ada@acme.test", "--name", "laptop"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let secret = try #require(token.split(separator: "_").last.map(String.init))
        #expect(token.hasPrefix("ada@acme.test:mpat_") && secret.count >= 32)
        let listing = try await run(["token", "list", "--store", store])
        #expect(listing.contains("laptop") && !listing.contains(secret))

        let log = directory + "/serve.log"
        let server = try ChildProcess([Self.orgtui, "serve", "--store", store, "--port", "0"], stderr: .file(log))
        var url: URL?
        _ = await eventually(within: .seconds(20)) {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            url = text.firstMatch(of: #/http://127\.0\.0\.1:[0-9]+/#).flatMap { URL(string: String($0.output)) }
            return url != nil || !server.isRunning
        }
        guard let url else {
            server.end()
            Issue.record("orgtui serve did not start")
            return
        }
        let me = try await HTTPBackend(baseURL: url, credential: Credential(token: token)!).getMe()
        #expect(me.email == "ada@acme.test" && me.roles == [.admin])

        server.send(SIGTERM)
        let stopped = await eventually(within: .seconds(10)) { !server.isRunning }
        if !stopped { server.end() }
        let status = await server.exitStatus()
        #expect(stopped && status == 0)
        let logText = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logText.contains("GET /users/me 200") && !logText.contains(secret))
        for file in try FileManager.default.contentsOfDirectory(atPath: directory) {
            let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file))
            #expect(data.range(of: Data(secret.utf8)) == nil, "the secret is in \(file)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: orgtui)))
    func serveWithoutOrgtuiServerSaysWhatIsMissing() async throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let alone = directory + "/orgtui"
        try FileManager.default.copyItem(atPath: Self.orgtui, toPath: alone)
        let ended = try await ChildProcess.run(
            [alone, "serve", "--port", "0"], environment: .replacing(["PATH": directory, "HOME": directory]))
        #expect(ended.status != 0)
        #expect(ended.errors.contains("runs orgtui-server, which is neither beside orgtui nor on PATH"))
    }
}
