import ArgumentParser
import Foundation
import OrgCLI
import OrgServerCLI

/// `orgtui-server`: the commands that run a team's server, apart from `orgtui` so that the terminal UI
/// never loads the HTTP server, its TLS and its hashing. `orgtui serve` and `orgtui token` run it.
@main
struct OrgServerMain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: invokedName,
        abstract: "Serve a local store to a team over the org-user-management API, and manage its tokens.",
        version: OrgTUIVersion.current,
        subcommands: OrgServerCommands.all
    )

    /// `orgtui` when `orgtui` handed a command over (its usage lines then say `orgtui serve`), else
    /// `orgtui-server`, as the person typed it (`orgtui-server init`).
    static var invokedName: String {
        CommandLine.arguments.first.map { ($0 as NSString).lastPathComponent } == "orgtui" ? "orgtui" : "orgtui-server"
    }

    /// Runs the command the arguments name, with the URLs `orgtui` handed over in the environment put back
    /// in their places (`ArgumentHandoff`); every failure's message passes the sanitizer.
    static func main() async {
        do {
            var command = try parseAsRoot(
                ArgumentHandoff.restore(
                    Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(cleaning: error)
        }
    }
}
