import ChildProcesses
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `orgtui-server serve` under a limit of 256 open files: 300 connections that send nothing
/// cannot lock out a valid request, since the server keeps its connections below the limit and closes the
/// one idle the longest for a new one. (Without the cap, the request waited for the idle timeout, a minute.)
@Suite struct ConnectionFloodEndToEndTests {
    static let server = URL(fileURLWithPath: ServeCommandTests.orgtui).deletingLastPathComponent()
        .appendingPathComponent("orgtui-server").path

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: server)))
    func aValidRequestIsAnsweredPast300IdleConnections() async throws {
        let serve = ServeCommandTests()
        let directory = serve.directory
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = directory + "/org.sqlite"
        _ = try await serve.run([
            "init", "--store", store, "--org", "Acme", "--short-name", "acme", "--name", "Ada Admin", "--email",
            "ada@acme.test",
        ])
        let token = try await serve.run([
            "token", "create", "--store", store, "--email", "ada@acme.test", "--name", "t",
        ])
        .trimmingCharacters(in: .whitespacesAndNewlines)

        let log = directory + "/serve.log"
        let server = try ChildProcess(
            [
                "/bin/sh", "-c", #"ulimit -n 256 && exec "$0" "$@""#, Self.server, "serve", "--store", store, "--port",
                "0",
            ],
            stderr: .file(log))
        defer { server.end() }
        var port: Int?
        _ = await serve.eventually(within: .seconds(20)) {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            port = text.firstMatch(of: #/http://127\.0\.0\.1:([0-9]+)/#).flatMap { Int($0.output.1) }
            return port != nil || !server.isRunning
        }
        let listening = try #require(port, "orgtui-server did not start")
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains("at most 192 connections at once"))

        let idle = try (0..<300).map { _ in try RawConnection(port: listening) }
        let request = try RawConnection(port: listening)
        request.send(
            "GET /users/me HTTP/1.1\r\nHost: test\r\nAuthorization: \(token)\r\nConnection: close\r\n\r\n")
        let (answer, _) = await request.readUntilClosed()
        #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer)")
        #expect(answer.contains("ada@acme.test"))
        #expect(await idle[0].readUntilClosed().closed)
    }
}
