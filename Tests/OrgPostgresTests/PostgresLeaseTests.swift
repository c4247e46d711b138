import Foundation
import OrgModel
import PostgresNIO
import Testing

@testable import OrgPostgres

/// `PostgresClient.lease`: a lease that gets no connection within its wait is given up as `.unavailable` (the
/// pool alone would wait for ever), and one that got its connection runs as long as it takes.
@Suite struct PostgresLeaseTests {
    /// A loopback port that nothing listens on: the kernel picked it for a socket closed at once.
    private static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test(.timeLimit(.minutes(1))) func aLeaseThatGetsNoConnectionWithinItsWaitIsUnavailable() async throws {
        let client = PostgresClient(
            configuration: .init(
                host: "127.0.0.1", port: try Self.closedPort(), username: "orgtui", password: nil, database: "none",
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
