import ArgumentParser

/// `orgtui-server`: the commands that run a team's server, apart from `orgtui` so that the terminal UI
/// never loads the HTTP server, its TLS and its hashing. `orgtui serve` and `orgtui token` run it.
@main
struct OrgServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgtui",
        abstract: "Serve a local store to a team over the org-user-management API, and manage its tokens.",
        subcommands: [ServeCommand.self, TokenCommand.self]
    )
}
