import Foundation
import OrgModel
import PostgresNIO

/// Where a PostgreSQL database is, from a `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]` URL.
/// `sslmode` is `disable` (the default), `prefer` or `require`.
public struct PostgresLocation: Sendable {
    /// The client's configuration for the database.
    public let configuration: PostgresClient.Configuration

    /// Parses `url`; `.invalid` says what is wrong with it (never with the password). Without a password in
    /// the URL, the password file (`PGPASSFILE`, else `~/.pgpass`) in `environment` may give one.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(BackendError) {
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
        let username = user.removingPercentEncoding ?? user
        let port = components.port ?? 5432
        var password = components.password?.removingPercentEncoding
        if password == nil {
            password = try PostgresPassFile.password(
                host: host, port: port, database: database.isEmpty ? username : database, user: username,
                environment: environment)
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password,
            database: database.isEmpty ? nil : database, tls: tls)
        configuration.options.maximumConnections = 20
        self.configuration = configuration
    }
}
