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
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.orgtui)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "orgtui \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
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
        _ = try run([
            "init", "--store", store, "--org", "Acme", "--short-name", "acme", "--name", "Ada Admin", "--email",
            "ada@acme.test",
        ])
        let token = try run(["token", "create", "--store", store, "--email", "ada@acme.test", "--name", "laptop"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let secret = try #require(token.split(separator: "_").last.map(String.init))
        #expect(token.hasPrefix("ada@acme.test:mpat_") && secret.count >= 32)
        let listing = try run(["token", "list", "--store", store])
        #expect(listing.contains("laptop") && !listing.contains(secret))

        let log = directory + "/serve.log"
        FileManager.default.createFile(atPath: log, contents: nil)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: Self.orgtui)
        server.arguments = ["serve", "--store", store, "--port", "0"]
        server.standardError = FileHandle(forWritingAtPath: log)
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        var url: URL?
        _ = await eventually(within: .seconds(20)) {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            url = text.firstMatch(of: #/http://127\.0\.0\.1:[0-9]+/#).flatMap { URL(string: String($0.output)) }
            return url != nil || !server.isRunning
        }
        guard let url else {
            kill(server.processIdentifier, SIGKILL)
            Issue.record("orgtui serve did not start")
            return
        }
        let me = try await HTTPBackend(baseURL: url, credential: Credential(token: token)!).getMe()
        #expect(me.email == "ada@acme.test" && me.roles == [.admin])

        kill(server.processIdentifier, SIGTERM)
        let stopped = await eventually(within: .seconds(10)) { !server.isRunning }
        if !stopped { kill(server.processIdentifier, SIGKILL) }
        server.waitUntilExit()
        #expect(stopped && server.terminationStatus == 0)
        let logText = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logText.contains("GET /users/me 200") && !logText.contains(secret))
        for file in try FileManager.default.contentsOfDirectory(atPath: directory) {
            let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file))
            #expect(data.range(of: Data(secret.utf8)) == nil, "the secret is in \(file)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: orgtui)))
    func serveWithoutOrgtuiServerSaysWhatIsMissing() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let alone = directory + "/orgtui"
        try FileManager.default.copyItem(atPath: Self.orgtui, toPath: alone)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: alone)
        process.arguments = ["serve", "--port", "0"]
        process.environment = ["PATH": directory, "HOME": directory]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(text.contains("runs orgtui-server, which is neither beside orgtui nor on PATH"))
    }
}
