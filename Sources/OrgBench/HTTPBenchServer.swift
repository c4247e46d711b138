import Foundation
import Logging
import OrgModel
import OrgServer
import OrgStore

/// `orgtui serve` in the benchmark's process: a demo store served on an ephemeral loopback port, every
/// request optionally delayed, with a token for the store's admin. As a `platform`, it serves no document
/// and ignores the filters of `listUsers`, as the platform does.
final class HTTPBenchServer: Sendable {
    let baseURL: URL
    let token: String
    /// The served store itself, to count what a filter should find.
    let local: any Backend
    private let directory: URL
    private let task: Task<Void, any Error>
    /// /dev/null, where an observed server's log lines go (-1 when not observed).
    private let logFile: Int32

    /// An authenticator that delays every call of the Backend it resolves to.
    private struct Delaying: Authenticator {
        let base: StoreAuthenticator
        let delay: Duration
        let ignoresFilters: Bool

        func backend(authorization: String) async throws(BackendError) -> (any Backend)? {
            try await base.backend(authorization: authorization).map {
                HTTPDelayedBackend(base: $0, delay: delay, ignoresFilters: ignoresFilters)
            }
        }
    }

    /// `observed`: with `GET /metrics` counting every request and one JSON log line a request (to /dev/null), as
    /// `orgtui serve --log-format json` runs by default under systemd.
    init(users: Int, delay: Duration, observed: Bool = false, platform: Bool = false) async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("orgbench-http-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try DemoPopulation.createStore(
            at: directory.appendingPathComponent("org.sqlite").path, users: users)
        local = store.backend()
        let me = try await local.getMe()
        token = try AccessToken.issue(in: SQLiteTokenStore(store: store), email: me.email, name: "bench").token
        let devNull = observed ? open("/dev/null", O_WRONLY) : -1
        logFile = devNull
        var server = OrgServer(
            host: "127.0.0.1", port: 0,
            // Undelayed, the store's own authenticator, whose version lets the server keep listUsers' answers.
            authenticator: delay == .zero && !platform
                ? StoreAuthenticator(store: store)
                : Delaying(base: StoreAuthenticator(store: store), delay: delay, ignoresFilters: platform),
            logger: Logger(label: "orgbench.server") { label in
                observed
                    ? JSONLogHandler(label: label, level: .info, fd: devNull)
                    : SwiftLogNoOpLogHandler() as any LogHandler
            }
        )
        if observed { server.metrics = ServerMetrics() }
        server.servesDocument = !platform
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        task = Task { try await server.run(handlesSignals: false) { continuation.yield($0) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    func stop() async {
        task.cancel()
        _ = await task.result
        if logFile >= 0 { close(logFile) }
        try? FileManager.default.removeItem(at: directory)
    }
}
