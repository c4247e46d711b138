import Foundation
import NIOSSL
import OrgModel
import PostgresNIO

/// Where a PostgreSQL database is, from a `postgresql://[USER[:PASSWORD]@][HOST][:PORT][/DATABASE][?sslmode=MODE]`
/// URL and libpq's environment, as every PostgreSQL tool reads them: what the URL leaves out comes from
/// `PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE` and `PGSSLMODE` (then libpq's defaults: the socket in
/// /var/run/postgresql, 5432, the account's name, the user's name, `prefer`), and the password from
/// `PGPASSWORD`, else the password file (`PGPASSFILE`, else `~/.pgpass`). A host starting with `/` is a socket
/// directory. `sslmode` is `disable`, `allow` or `prefer` (TLS when offered, unverified as libpq's),
/// `require` or `verify-full` (the certificate and host name verified), or `verify-ca` (the certificate only);
/// `sslrootcert` (or `PGSSLROOTCERT`) names the authorities' file to trust instead of the system's.
public struct PostgresLocation: Sendable {
    /// The client's configuration for the database.
    public let configuration: PostgresClient.Configuration
    /// Where the database is, for a message: `host:port`, or the socket's path; never a credential.
    public let endpoint: String
    /// What to tell the person who gave the URL: a password file ignored because others may read it.
    public let warnings: [String]
    /// The TLS that `sslmode` asks for, which the first connection (`check`) uses too.
    let tls: TLS

    /// The TLS of a connection: none, when the server offers it, or required.
    enum TLS: Sendable {
        case disable
        case prefer(TLSConfiguration)
        case require(TLSConfiguration)
    }

    /// Parses `url` with libpq's variables in `environment`; `.invalid` says what is wrong (never with the
    /// password).
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(BackendError) {
        guard let components = URLComponents(string: url),
            components.scheme == "postgresql" || components.scheme == "postgres"
        else {
            throw .invalid("The database URL must look like postgresql://USER@HOST:PORT/DATABASE.")
        }
        let variable = { (name: String) in environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let parameter = { (name: String) in
            components.queryItems?.first(where: { $0.name == name })?.value.flatMap { $0.isEmpty ? nil : $0 }
        }
        let host =
            components.percentEncodedHost.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding }
            ?? variable("PGHOST") ?? "/var/run/postgresql"
        let port = try Self.port(components.port, variable("PGPORT"))
        guard
            let username = components.percentEncodedUser.flatMap({ $0.isEmpty ? nil : $0.removingPercentEncoding })
                ?? variable("PGUSER") ?? Self.accountName()
        else {
            throw .invalid("The database URL names no user (postgresql://USER@HOST/DATABASE), and PGUSER is unset.")
        }
        let database =
            String(components.path.drop(while: { $0 == "/" })).removingPercentEncoding.flatMap {
                $0.isEmpty ? nil : $0
            } ?? variable("PGDATABASE") ?? username
        var warnings: [String] = []
        var password = components.percentEncodedPassword.map { $0.removingPercentEncoding ?? $0 }
        if password == nil { password = variable("PGPASSWORD") }
        if password == nil {
            password = PostgresPassFile.password(
                host: host.hasPrefix("/") ? "localhost" : host, port: port, database: database, user: username,
                environment: environment, warnings: &warnings)
        }
        let mode = parameter("sslmode") ?? variable("PGSSLMODE") ?? "prefer"
        tls = try Self.tls(mode: mode, rootCertificates: parameter("sslrootcert") ?? variable("PGSSLROOTCERT"))
        var configuration: PostgresClient.Configuration
        if host.hasPrefix("/") {
            let socket = host + "/.s.PGSQL.\(port)"
            configuration = .init(unixSocketPath: socket, username: username, password: password, database: database)
            endpoint = socket
        } else {
            let clientTLS: PostgresClient.Configuration.TLS =
                switch tls {
                case .disable: .disable
                case .prefer(let settings): .prefer(settings)
                case .require(let settings): .require(settings)
                }
            configuration = .init(
                host: host, port: port, username: username, password: password, database: database, tls: clientTLS)
            endpoint = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        }
        configuration.options.maximumConnections = 20
        self.configuration = configuration
        self.warnings = warnings
    }

    /// The URL's port, else the one `text` (from PGPORT) names, else 5432.
    private static func port(_ port: Int?, _ text: String?) throws(BackendError) -> Int {
        if let port { return port }
        guard let text else { return 5432 }
        guard let port = Int(text), (1...65535).contains(port) else {
            throw .invalid("PGPORT holds \(text), which is not a port from 1 to 65535.")
        }
        return port
    }

    /// The name of the account this process runs as, libpq's default user.
    private static func accountName() -> String? {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    /// The TLS that libpq's `mode` asks for, trusting the authorities in `rootCertificates` if given.
    private static func tls(mode: String, rootCertificates: String?) throws(BackendError) -> TLS {
        var verified = TLSConfiguration.makeClientConfiguration()
        if let rootCertificates, rootCertificates != "system" { verified.trustRoots = .file(rootCertificates) }
        var unverified = verified
        unverified.certificateVerification = .none
        switch mode {
        case "disable": return .disable
        case "allow", "prefer": return .prefer(unverified)
        case "require", "verify-full": return .require(verified)
        case "verify-ca":
            verified.certificateVerification = .noHostnameVerification
            return .require(verified)
        default:
            throw .invalid(
                "The sslmode \(mode) is not disable, allow, prefer, require, verify-ca or verify-full.")
        }
    }
}
