import Foundation
import OrgModel
import PostgresNIO

/// Where a PostgreSQL database is, from a `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]` URL.
/// `sslmode` is `disable` (the default), `prefer` or `require`.
public struct PostgresLocation: Sendable {
    /// The client's configuration for the database.
    public let configuration: PostgresClient.Configuration

    /// Parses `url`; `.invalid` says what is wrong with it (never with the password).
    public init(url: String) throws(BackendError) {
        guard let components = URLComponents(string: url),
            components.scheme == "postgresql" || components.scheme == "postgres",
            let host = components.host, !host.isEmpty
        else {
            throw .invalid("The database URL must look like postgresql://USER@HOST:PORT/DATABASE.")
        }
        guard let user = components.user, !user.isEmpty else {
            throw .invalid("The database URL names no user (postgresql://USER@HOST/DATABASE).")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        let tls: PostgresClient.Configuration.TLS
        switch components.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "disable" {
        case "disable": tls = .disable
        case "prefer": tls = .prefer(.makeClientConfiguration())
        case "require": tls = .require(.makeClientConfiguration())
        case let mode: throw .invalid("The database URL's sslmode \(mode) is not disable, prefer or require.")
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user.removingPercentEncoding ?? user,
            password: components.password?.removingPercentEncoding,
            database: database.isEmpty ? nil : database, tls: tls)
        configuration.options.maximumConnections = 20
        self.configuration = configuration
    }
}
