import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import OrgModel
import PostgresNIO

extension PostgresLocation {
    /// Connects once, as the pool would, before the pool starts: a database that refuses (a wrong or missing
    /// password, no such database, TLS it does not offer, nothing listening on the port, an unknown host) is
    /// refused at once with the cause as `.unusableStore`; one that does not answer yet (a timeout, a database
    /// starting up or full) is tried again until `wait` has passed, then `.unavailable`.
    func check(within wait: Duration = .seconds(10), logger: Logger) async throws(BackendError) {
        let deadline = ContinuousClock.now + wait
        var last = "it did not answer"
        while ContinuousClock.now < deadline {
            do {
                let connection = try await PostgresConnection.connect(
                    configuration: try connectionConfiguration(timeout: deadline - ContinuousClock.now), id: 0,
                    logger: logger)
                try? await connection.close()
                return
            } catch {
                switch PostgresRefusal(error, location: self) {
                case .final(let message): throw .unusableStore(message)
                case .transient(let why): last = why
                }
            }
            try? await Task.sleep(for: .milliseconds(250))
        }
        throw .unavailable(
            "The database at \(endpoint) did not answer within \(wait.components.seconds) s (\(last)). Is it running?")
    }

    /// The configuration of one connection with the pool's settings, connecting for at most `timeout`.
    private func connectionConfiguration(timeout: Duration) throws -> PostgresConnection.Configuration {
        let client = configuration
        var connection: PostgresConnection.Configuration
        if let socket = client.unixSocketPath {
            connection = .init(
                unixSocketPath: socket, username: client.username, password: client.password,
                database: client.database)
        } else {
            let tls: PostgresConnection.Configuration.TLS =
                switch self.tls {
                case .disable: .disable
                case .prefer(let settings): .prefer(try NIOSSLContext(configuration: settings))
                case .require(let settings): .require(try NIOSSLContext(configuration: settings))
                }
            connection = .init(
                host: client.host ?? "", port: client.port ?? 5432, username: client.username,
                password: client.password, database: client.database, tls: tls)
        }
        connection.options.connectTimeout = TimeAmount.nanoseconds(
            max(1, timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000))
        return connection
    }
}
