import Foundation
import Logging
import OrgCLI
import OrgHTTP
import OrgModel
import OrgStore

/// Starts the terminal UI: the config, the log file, the backend (a local store, or the API with
/// `--api`/`ORGTUI_API_URL`), the terminal, the first-run form when the store does not exist yet, then
/// the main loop. The terminal is restored on every way out.
enum TUI {
    /// What the command line asked for.
    struct Options: Sendable {
        var storePath: String
        /// The API's base URL from `--api`; with it (or `ORGTUI_API_URL`) the HTTP backend is used.
        var api: String? = nil
        /// The profile selected by `--profile` or `ORGTUI_PROFILE`, whose token is used.
        var profile: String? = nil
        /// The APIs `ORGTUI_TOKEN` may be sent to (`BackendOptions.environmentAPIs`).
        var environmentAPIs: [URL] = []
        /// The certificate authorities `--cacert` names for the API, over the profile's.
        var cacert: String? = nil
        var readOnly: Bool
        var noColor: Bool
        /// The theme `--theme` chose, over the config's.
        var theme: Theme.Name? = nil
        /// Log every HTTP request and answer (credentials as `<redacted>`) and every command.
        var debug = false
    }

    /// Runs the UI until the admin quits. Errors before the terminal is taken print as usual. The
    /// environment is read once, here, for everything that start-up looks up in it.
    @MainActor
    static func run(_ options: Options, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        LineLogHandler.bootstrap(
            path: LineLogHandler.defaultPath(environment: environment),
            level: options.debug ? .debug : .info)
        let config = AppConfig.load(path: AppConfig.path(environment: environment))
        let profiles = ProfileSwitcher(environment: environment, environmentAPIs: options.environmentAPIs)
        if BackendConnection.usesAPI(options.api, environment: environment) {
            let connection = try connectAPI(
                options.api, profile: options.profile, environmentAPIs: options.environmentAPIs, cacert: options.cacert,
                environment: environment)
            try withTerminal(options, config, environment) { session in
                var options = options
                options.profile = connection.profile
                run(
                    connection.backend, connection.label, session, config.keyMap.hiding(connection.operations), options,
                    config, profiles, notice: config.problem)
            }
            return
        }
        guard FileManager.default.fileExists(atPath: options.storePath) else {
            // The first-run form creates the store, and the main loop then works on it.
            try withTerminal(options, config, environment) { session in
                run(
                    nil, "", session, config.keyMap, options, config, profiles, notice: config.problem,
                    firstRun: options.storePath)
            }
            return
        }
        let store = try openStore(options.storePath)
        try withTerminal(options, config, environment) { session in
            let notice = [config.problem, store.accessWarning].compactMap { $0 }.joined(separator: " ")
            run(
                store.backend(), "store " + store.path, session, config.keyMap, options, config, profiles,
                notice: notice.isEmpty ? nil : notice)
        }
    }

    /// The API's backend (`api`, else `ORGTUI_API_URL`) and what the header says of it, with the token
    /// `CredentialScope` allows for its origin, else asked for and, once it works, offered to be saved. Used at
    /// start-up (before the terminal is taken) and on a profile switch (with curses suspended to ask). It
    /// trusts the authorities of `cacert`, else of the profile's own (`BackendConnection.http`).
    static func connectAPI(
        _ api: String?, profile: String?, environmentAPIs: [URL], cacert: String? = nil,
        environment: [String: String]
    ) throws -> ProfileSwitcher.Connection {
        let connection = try BackendConnection.http(
            api, environment: environment, profile: profile, environmentAPIs: environmentAPIs, cacert: cacert)
        var saved = connection.profile
        if let asked = connection.asked {
            saved =
                TokenOffer.offer(
                    asked, connection.backend, url: connection.url, profile: profile, cacert: cacert, environment)
                ?? saved
        }
        return ProfileSwitcher.Connection(
            backend: connection.backend, label: "API " + connection.url.absoluteString,
            operations: connection.backend.operations, profile: saved)
    }

    /// Takes the terminal for `body` and gives it back afterwards, whatever happens.
    @MainActor
    private static func withTerminal(
        _ options: Options, _ config: AppConfig, _ environment: [String: String],
        _ body: (TerminalSession) throws -> Void
    ) throws {
        if let problem = Curses.terminalProblem(environment: environment) { throw CLIFailure(problem) }
        let pipe = try WakePipe()
        SignalWatch.install(waking: pipe, suspend: true)
        let curses = Curses(
            escapeDelay: config.escapeDelay, mouse: config.mouse, theme: options.theme ?? config.theme,
            noColor: options.noColor, environment: environment)
        defer { curses.end() }
        try body(TerminalSession(curses: curses, pipe: pipe))
    }

    @MainActor
    private static func run(
        _ backend: (any Backend)?, _ label: String, _ session: TerminalSession, _ keyMap: KeyMap,
        _ options: Options, _ config: AppConfig, _ profiles: ProfileSwitcher, notice: String?, firstRun: String? = nil
    ) {
        App(
            backend: backend, backendLabel: label, session: session, keyMap: keyMap, readOnly: options.readOnly,
            refreshSeconds: config.refresh, notice: notice, profile: options.profile, profiles: profiles,
            firstRun: firstRun
        ).run()
    }

    /// Opens the existing store at `path`.
    static func openStore(_ path: String) throws -> SQLiteStore {
        try CLIFailure.reporting { () throws(BackendError) in try SQLiteStore(openingAt: path) }
    }
}
