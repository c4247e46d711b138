import ArgumentParser
import OrgCLI

/// `orgtui token`: the personal access tokens that `orgtui serve` accepts.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke the personal access tokens that `orgtui serve` accepts.",
        subcommands: [Create.self, List.self, Revoke.self]
    )
}
