import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// Why a first connection failed: a refusal, final, in one sentence that says its cause and what to do
/// (never a password), or a database that does not answer yet, which is worth waiting for.
enum PostgresRefusal {
    case final(String)
    case transient(String)

    /// What `error`, thrown while connecting to `location`, means.
    init(_ error: any Error, location: PostgresLocation) {
        let user = location.configuration.username
        let database = location.configuration.database ?? user
        let at = location.endpoint
        guard let error = error as? PSQLError else {
            self = Self.connecting(error, at: at) ?? .final("The database at \(at) cannot be used: \(error).")
            return
        }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let said = error.serverInfo?[.message] ?? "no reason given"
            switch state {
            case "28P01":
                self = .final(
                    "The database at \(at) refused the password of \(user): \(said). Check the password (PGPASSWORD, "
                        + "~/.pgpass or the URL).")
            case "3D000":
                self = .final("The database at \(at) says: \(said). Check the URL's database name (or PGDATABASE).")
            case "57P03", "53300", "53000":
                self = .transient(said)
            default:
                let hint =
                    state.hasPrefix("28") || state == "42501"
                    ? " Ask its administrator to let \(user) connect to \(database) from here (pg_hba.conf, GRANT CONNECT)."
                    : ""
                self = .final("The database at \(at) refused \(user): \(said).\(hint)")
            }
        case .sslUnsupported:
            self = .final(
                "The database at \(at) does not offer TLS, which sslmode=require asks for: turn ssl on in its "
                    + "postgresql.conf, or give sslmode=prefer or disable.")
        case .authMechanismRequiresPassword:
            self = .final(
                "The database at \(at) asks for the password of \(user), and none was given: set PGPASSWORD, or keep it "
                    + "in ~/.pgpass (mode 0600), or PGPASSFILE.")
        case .unsupportedAuthMechanism:
            self = .final(
                "The database at \(at) asks \(user) to sign in a way orgtui cannot (only trust, password, md5 and "
                    + "scram-sha-256 are known): change the method in its pg_hba.conf.")
        case .failedToAddSSLHandler:
            self = .final(
                "The TLS settings for the database at \(at) cannot be used: \(error.underlying.map { "\($0)" } ?? "").")
        default:
            self =
                error.underlying.flatMap { Self.connecting($0, at: at) }
                ?? .final("The database at \(at) cannot be used (\(error.code)).")
        }
    }

    /// What a failure to set up the connection itself means, or nil for one this does not know.
    private static func connecting(_ error: any Error, at: String) -> Self? {
        switch error {
        case let error as PSQLError:
            return error.underlying.flatMap { connecting($0, at: at) }
        case let error as NIOConnectionError:
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return .final("The database's host \(error.host) is not known: check the URL's host (or PGHOST).")
            }
            return error.connectionErrors.lazy.compactMap { connecting($0.error, at: at) }.first
        case let error as IOError where error.errnoCode == ECONNREFUSED || error.errnoCode == ENOENT:
            return .final("Nothing listens on \(at): is the database running there, and is that its port?")
        case ChannelError.connectTimeout:
            return .transient("it did not answer")
        case let error as IOError:
            return .transient(String(cString: strerror(error.errnoCode)))
        case let error as NIOSSLError:
            return .final(
                "The TLS connection to the database at \(at) failed: \(error). Check sslmode and sslrootcert.")
        default:
            return nil
        }
    }
}
