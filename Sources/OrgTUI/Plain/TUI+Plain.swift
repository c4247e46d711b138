import Foundation
import OrgCLI
import OrgModel
import OrgText

extension TUI {
    /// Starts the line mode (`orgtui --plain`) on the same backend the terminal UI would use: the config and
    /// the log file as `run` does, the API (with `--api`, `ORGTUI_API_URL` or a profile) or the local store,
    /// which must exist (the first-run form needs the full screen). It reads lines from standard input and
    /// writes lines to standard output until `quit`, the end of the input, or a signal.
    @MainActor
    static func runPlain(_ options: Options, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws
    {
        LineLogHandler.bootstrap(
            path: LineLogHandler.defaultPath(environment: environment), level: options.debug ? .debug : .info)
        let config = AppConfig.load(path: AppConfig.path(environment: environment))
        let profiles = ProfileSwitcher(environment: environment, environmentAPIs: options.environmentAPIs)
        let backend: any Backend
        let label: String
        var keyMap = config.keyMap
        var notices = [config.problem]
        var profile = options.profile
        if BackendConnection.usesAPI(options.api, environment: environment) {
            let connection = try connectAPI(
                options.api, profile: options.profile, environmentAPIs: options.environmentAPIs, cacert: options.cacert,
                environment: environment)
            (backend, label, profile) = (connection.backend, connection.label, connection.profile)
            keyMap = keyMap.hiding(connection.operations)
        } else {
            guard FileManager.default.fileExists(atPath: options.storePath) else {
                throw CLIFailure(
                    "There is no store at \(options.storePath) yet: create it with orgtui init, or name another "
                        + "with --store.")
            }
            let store = try openStore(options.storePath)
            (backend, label) = (store.backend(), "store " + store.path)
            notices.append(store.accessWarning)
        }
        let pipe = try WakePipe()
        SignalWatch.install(waking: pipe)
        let notice = notices.compactMap { $0 }.joined(separator: " ")
        PlainSession(
            backend: backend, label: label, pipe: pipe, keyMap: keyMap, readOnly: options.readOnly,
            refreshSeconds: config.refresh, notice: notice.isEmpty ? nil : notice, profile: profile,
            profiles: profiles, interactive: isatty(STDIN_FILENO) == 1
        ) { FileHandle.standardOutput.write(Data($0.utf8)) }.run()
    }
}
