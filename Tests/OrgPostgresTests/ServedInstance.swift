import ChildProcesses
import Foundation
import OrgHTTP
import OrgModel

/// One real `orgtui serve` process on a free loopback port, as an instance behind a load balancer would run;
/// `stop()` ends it.
final class ServedInstance: Sendable {
    /// The `orgtui` this build made.
    static let orgtui = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/orgtui").path

    let process: ChildProcess
    let baseURL: URL
    /// Where the server's standard output and error go.
    private let logPath: String

    /// Starts the server on the database that `location` names (`--database URL` or `--store PATH`) and waits
    /// (polling its log, up to 60 s) for its address.
    init(_ location: [String]) async throws {
        let logPath = NSTemporaryDirectory() + "orgtui-serve-" + UUID().uuidString + ".log"
        let process = try ChildProcess(
            [Self.orgtui, "serve"] + location + ["--port", "0"], stdout: .file(logPath), stderr: .stdout)
        let deadline = Date().addingTimeInterval(60)
        var address: URL?
        while address == nil {
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            address = log.firstMatch(of: #/http://127\.0\.0\.1:\d+/#).flatMap { URL(string: String($0.0)) }
            if address != nil { break }
            guard Date() < deadline, process.isRunning else {
                process.end()
                try? FileManager.default.removeItem(atPath: logPath)
                throw ChildProcess.Failed("orgtui serve gave no address: \(log)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        self.process = process
        self.logPath = logPath
        baseURL = address!
    }

    /// A client of this instance acting through `token`, which never repeats a request, so that every answer
    /// the server gives (a 503 included) is seen.
    func client(_ token: String) -> HTTPBackend {
        HTTPBackend(
            baseURL: baseURL, credential: Credential(token: token)!,
            configuration: HTTPConfiguration(retry: RetryPolicy(maxAttempts: 1)))
    }

    func stop() {
        process.end()
        try? FileManager.default.removeItem(atPath: logPath)
    }
}
