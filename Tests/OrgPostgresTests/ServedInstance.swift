import Foundation
import OrgHTTP
import OrgModel

/// One real `orgtui serve` process on a free loopback port, as an instance behind a load balancer would run;
/// `stop()` ends it.
final class ServedInstance: Sendable {
    let process: ChildProcess
    let baseURL: URL

    /// Starts the server on the database that `location` names (`--database URL` or `--store PATH`) and waits
    /// (polling its log, up to 60 s) for its address.
    init(_ location: [String]) async throws {
        let process = try ChildProcess(["serve"] + location + ["--port", "0"])
        let deadline = Date().addingTimeInterval(60)
        var address: URL?
        while address == nil {
            address = process.log.firstMatch(of: #/http://127\.0\.0\.1:\d+/#).flatMap { URL(string: String($0.0)) }
            if address != nil { break }
            guard Date() < deadline, waitpid(process.pid, nil, WNOHANG) == 0 else {
                process.end()
                throw ChildProcess.Failed(description: "orgtui serve gave no address: \(process.log)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        self.process = process
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
    }
}
