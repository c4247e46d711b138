import ArgumentParser
import Foundation
import OrgCLI
import OrgStore
import OrgText

/// `orgtui`: opens the organization's users in the terminal; its subcommands create and inspect stores.
/// It runs synchronously on the process's main thread, which owns the terminal (no executor hop at start).
public struct OrgTUICommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "orgtui",
        abstract: "Administer the users of a Model-Prime organization from the terminal.",
        discussion: "Exit statuses of the commands:\n" + ExitStatus.table,
        version: "\(OrgTUIVersion.current) (SQLite \(SQLiteStore.libraryVersion), \(Curses.libraryVersion))",
        subcommands: OrgTUICommands.all
    )

    @OptionGroup var backend: BackendOptions

    @Flag(help: "Browse only: refuse every change.")
    var readonly = false

    @Flag(help: "No colors, for monochrome terminals.")
    var noColor = false

    @Option(help: "The colors: dark, light (for light backgrounds) or high-contrast; overrides the config's theme.")
    var theme: Theme.Name?

    @Flag(help: "The line mode: plain lines in and out, for screen readers (chosen by itself when TERM cannot draw).")
    var plain = false

    @Flag(help: "Log each HTTP request and answer to the log file, credentials as <redacted>.")
    var debug = false

    /// Runs the command the arguments name; every failure's message passes the sanitizer. Arguments that
    /// are only the root command's own options skip ArgumentParser's command tree (`parsedQuickly`).
    public static func main() {
        do {
            var command: any ParsableCommand = try parsedQuickly(CommandLine.arguments.dropFirst()) ?? parseAsRoot()
            try command.run()
        } catch {
            exit(cleaning: error)
        }
    }

    public init() {}

    /// Whether the line mode runs: `--plain`, or a terminal type that cannot draw a full screen (said on stderr).
    private func plainChosen(_ environment: [String: String]) -> Bool {
        if plain { return true }
        guard let reason = Curses.lineModeReason(environment: environment) else { return false }
        FileHandle.standardError.write(Data((Sanitizer.clean(reason) + "\n").utf8))
        return true
    }

    /// Reads the environment once (a dictionary built from the whole of it) for everything start-up looks up.
    public mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let environmentAPIs = try backend.environmentAPIs(environment: environment)
        let backend = try backend.resolved(environment: environment)
        let options = TUI.Options(
            storePath: backend.location.store, api: backend.api, profile: backend.profile,
            environmentAPIs: environmentAPIs, cacert: backend.cacert, readOnly: readonly, noColor: noColor,
            theme: theme, debug: debug)
        let plain = plainChosen(environment)
        MallocArenas.shareOne()
        try MainActor.assumeIsolated {
            try plain ? TUI.runPlain(options, environment: environment) : TUI.run(options, environment: environment)
        }
    }
}
