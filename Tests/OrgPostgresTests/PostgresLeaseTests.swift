import Foundation
import OrgModel
import PostgresNIO
import Testing
import TestHTTPServers

@testable import OrgPostgres

/// `PostgresClient.lease`: a lease that gets no connection within its wait is given up as `.unavailable` (the
/// pool alone would wait for ever), and one that got its connection runs as long as it takes.
@Suite struct PostgresLeaseTests {
    @Test(.timeLimit(.minutes(1))) func aLeaseThatGetsNoConnectionWithinItsWaitIsUnavailable() async throws {
        let client = PostgresClient(
            configuration: .init(
                host: "127.0.0.1", port: try #require(LoopbackPort.free()), username: "orgtui", password: nil,
                database: "none",
                tls: .disable),
            backgroundLogger: PostgresStore.quiet)
        let runner = Task { await client.run() }
        defer { runner.cancel() }
        for _ in 0..<3 {
            await #expect {
                try await client.lease(within: .milliseconds(200)) { _ in 1 }
            } throws: { error in
                guard case .unavailable(let message) = error as? BackendError else { return false }
                return message.hasPrefix("The database did not answer within")
            }
        }
    }

    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func aLeaseThatHasItsConnectionRunsPastItsWait() async throws {
        try await TestDatabase.withDatabase { url in
            let client = PostgresClient(
                configuration: try PostgresLocation(url: url).configuration, backgroundLogger: PostgresStore.quiet)
            let runner = Task { await client.run() }
            defer { runner.cancel() }
            _ = try await client.lease { _ in 0 }  // the pool opens a connection, idle afterwards
            let answer = try await client.lease(within: .seconds(1)) { connection in
                try await Task.sleep(for: .milliseconds(1_500))  // the body outlasts the wait
                return try await connection.query("SELECT 42", logger: PostgresStore.quiet).first(Int.self)
            }
            #expect(answer == 42)
        }
    }
}
