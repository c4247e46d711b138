import Foundation
import Logging
import OrgModel
import OrgStore

/// Starts the terminal UI on a local store: the config, the log file, the terminal, the first-run form
/// when the store does not exist yet, then the main loop. The terminal is restored on every way out.
enum TUI {
    /// What the command line asked for.
    struct Options: Sendable {
        var storePath: String
        var readOnly: Bool
        var noColor: Bool
    }

    /// Runs the UI until the admin quits. Errors before the terminal is taken print as usual.
    @MainActor
    static func run(_ options: Options) throws {
        FileLogHandler.bootstrap()
        let config = AppConfig.load()
        let existing = FileManager.default.fileExists(atPath: options.storePath)
            ? try openStore(options.storePath) : nil
        let pipe = try WakePipe()
        SignalWatch.install(waking: pipe)
        let curses = Curses(escapeDelay: config.escapeDelay, noColor: options.noColor)
        defer { curses.end() }
        let session = TerminalSession(curses: curses, pipe: pipe)
        guard let store = try existing ?? firstRun(options.storePath, session: session, keyMap: config.keyMap) else { return }
        let renderer = Renderer(keyMap: config.keyMap, backend: "store " + store.path)
        App(backend: store.backend(), session: session, renderer: renderer, readOnly: options.readOnly,
            notice: config.problem).run()
    }

    private static func openStore(_ path: String) throws -> SQLiteStore {
        try CLIFailure.reporting { () throws(BackendError) in try SQLiteStore(openingAt: path) }
    }

    /// Shows the first-run form until a store is created (returned) or the admin cancels (nil).
    @MainActor
    private static func firstRun(_ path: String, session: TerminalSession, keyMap: KeyMap) throws -> SQLiteStore? {
        var form = FirstRunForm(path: path)
        let renderer = Renderer(keyMap: keyMap, backend: "")
        while true {
            let size = session.curses.size
            session.draw(renderer.render(form, width: size.width, height: size.height))
            for input in session.next() {
                guard case .key(let key) = input else {
                    if input == .stop { return nil }
                    continue
                }
                guard let action = keyMap.action(for: key, in: .form, takesText: true) else { continue }
                switch form.apply(action) {
                case .cancel: return nil
                case .create:
                    do {
                        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                                withIntermediateDirectories: true)
                        return try SQLiteStore.create(
                            at: path,
                            organization: OrganizationSeed(name: form.value(.organization), shortName: form.value(.shortName)),
                            admin: MemberSeed(name: form.value(.name), email: form.value(.email), roles: [.admin],
                                              connection: .usernamePassword))
                    } catch let error as BackendError {
                        form.error = error.message
                    } catch {
                        form.error = "Cannot create the store's directory: \(error.localizedDescription)"
                    }
                case nil: break
                }
            }
        }
    }
}
