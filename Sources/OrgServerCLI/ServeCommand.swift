import ArgumentParser
import OrgCLI
import Logging
import OrgServer

/// `orgtui serve`: one store for a whole team, served over the org-user-management API: a local SQLite file,
/// or a PostgreSQL database that several instances share.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a local store over the org-user-management API (HTTP), for `orgtui --api`.",
        discussion: """
            Each request acts as the member whose personal access token it carries (`orgtui token create`).
            Logs one line per request on stderr, never a credential. SIGTERM or Ctrl-C stops it gracefully:
            it stops accepting, lets the requests in flight finish (--grace), closes the database and exits 0.
            With --database (or ORGTUI_DATABASE_URL), several instances can serve one PostgreSQL database.
            """
    )

    @OptionGroup var storage: ServerStorage

    @Option(help: "The address to listen on; keep 127.0.0.1 unless a TLS proxy fronts the server.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Flag(help: "Log nothing but errors.")
    var quiet = false

    @Flag(help: "Log at debug level too (never a credential).")
    var debug = false

    /// How the log is written.
    enum LogFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "The log's format on stderr: text (a line per event) or json (one JSON object a line).")
    var logFormat = LogFormat.text

    @Option(help: "On SIGTERM or Ctrl-C, how many seconds the requests in flight may take to finish.")
    var grace = 10

    @Flag(help: "Serve no GET /metrics (Prometheus' text format, without a token: keep it private at the proxy).")
    var noMetrics = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535.") }
        guard (0...3600).contains(grace) else { throw ValidationError("--grace must be 0 to 3600 seconds.") }
    }

    func run() async throws {
        let level: Logger.Level = quiet ? .error : debug ? .debug : .info
        let logger = Logger(label: "orgtui.serve") { label in logHandler(label: label, level: level) }
        // The database's failures (a lost connection), never its queries, whose values may be emails.
        let databaseLogger = Logger(label: "orgtui.postgres") { label in
            logHandler(label: label, level: max(level, .warning))
        }
        let store = try await storage.open(logger: databaseLogger)
        FileLimit.raise()
        var server = OrgServer(host: host, port: port, authenticator: store.authenticator, logger: logger)
        server.readiness = Readiness(backend: store.backend)
        server.metrics = noMetrics ? nil : ServerMetrics(readings: store.readings)
        server.grace = .seconds(grace)
        defer { store.close() }
        try await server.run { [host, logger, cap = server.maxConnections] (port: Int) in
            logger.notice(
                """
                Serving \(store.description) on http://\(host):\(port), at most \(cap) connections at once \
                (the one idle the longest is closed for a new one)
                """)
        }
    }

    /// A handler that writes `label`'s events at `level` and above to standard error, in `logFormat`.
    private func logHandler(label: String, level: Logger.Level) -> any LogHandler {
        switch logFormat {
        case .text: LineLogHandler.standardError(label: label, level: level)
        case .json: JSONLogHandler(label: label, level: level)
        }
    }
}
