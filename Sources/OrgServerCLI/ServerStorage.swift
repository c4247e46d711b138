import ArgumentParser
import Foundation
import Logging
import OrgCLI
import OrgModel
import OrgPostgres
import OrgRecords
import OrgServer
import OrgStore

/// `--store PATH` or `--database URL`: the local SQLite store a server command works on, or a PostgreSQL
/// database that several `orgtui serve` instances share. `ORGTUI_DATABASE_URL` stands for `--database`
/// unless `--store` is given (`StoreLocation.databaseURL`).
struct ServerStorage: ParsableArguments {
    @OptionGroup var location: StoreLocation

    @Option(help: databaseHelp("A PostgreSQL database instead of a local store"))
    var database: String?

    /// The help of an option that takes a database URL: `what` it is, and how to keep its password out of
    /// the command line.
    static func databaseHelp(_ what: String) -> ArgumentHelp {
        ArgumentHelp(
            "\(what), postgresql://USER[:PASSWORD]@HOST:PORT/DATABASE (or ORGTUI_DATABASE_URL). Keep the "
                + "password out of the command line, which ps and your shell's history show: set "
                + "ORGTUI_DATABASE_URL, or give the URL without it and keep it in a password file (~/.pgpass, "
                + "or PGPASSFILE).", valueName: "url")
    }

    func validate() throws {
        _ = try databaseURL
    }

    /// The database URL to use, or nil for the local store.
    var databaseURL: String? {
        get throws { try location.databaseURL(option: database, environment: ProcessInfo.processInfo.environment) }
    }

    /// The store opened.
    enum Opened {
        case local(SQLiteStore)
        case postgres(PostgresStore)

        /// Where the tokens are kept.
        var tokens: any TokenStore {
            switch self {
            case .local(let store): SQLiteTokenStore(store: store)
            case .postgres(let store): PostgresTokenStore(store: store)
            }
        }

        /// Checks the tokens kept here and acts as their members; a PostgreSQL store's change counter moves
        /// with every commit of every instance, so a token revoked anywhere is refused everywhere at once. Each
        /// request reads that counter after it came, in a read shared with the requests that came while the
        /// one before it was under way (`SharedRead`): one query in flight, not one per request.
        var authenticator: any Authenticator {
            switch self {
            case .local(let store):
                return StoreAuthenticator(store: store)
            case .postgres(let store):
                let me = store.backend()
                let counter = SharedRead { () throws(BackendError) in try await me.changeCounter() ?? 0 }
                return TokenAuthenticator(
                    tokens: PostgresTokenStore(store: store),
                    changeCounter: { () throws(BackendError) in try await counter.value() },
                    member: { id in store.backend(actingAs: id) })
            }
        }

        /// The store acting as its "me", for `GET /readyz`'s trivial query.
        var backend: any Backend {
            switch self {
            case .local(let store): store.backend()
            case .postgres(let store): store.backend()
            }
        }

        /// The gauges `GET /metrics` reads: a database's pool, its connections in use, the calls waiting for one
        /// and the most it opens; none for a local store.
        var readings: [MetricReading] {
            guard case .postgres(let store) = self else { return [] }
            let use = store.poolUse
            return [
                MetricReading(label: "orgtui_database_connections_in_use") { use.now.inUse },
                MetricReading(label: "orgtui_database_connections_waiting") { use.now.waiting },
                MetricReading(label: "orgtui_database_connections_max") { use.now.size },
            ]
        }

        /// Closes the database's connections; a local store closes with the process.
        func close() {
            if case .postgres(let store) = self { store.shutdown() }
        }

        /// What the store is, for a log line: the file's path, or the database without its credentials.
        var description: String {
            switch self {
            case .local(let store): store.path
            case .postgres: "the PostgreSQL database"
            }
        }
    }

    /// Opens the store (a warning on standard error when a local file may be read by others), or the
    /// database with its schema brought up to date; `logger` gets what the database's connections report.
    func open(logger: Logger = PostgresStore.quiet) async throws -> Opened {
        guard let url = try databaseURL else { return .local(try location.open()) }
        do throws(BackendError) {
            return .postgres(try await PostgresStore.open(PostgresLocation.announced(url), logger: logger))
        } catch {
            throw CLIFailure(error)
        }
    }
}
