import ArgumentParser

/// `orgtui token`: hands every argument to `orgtui-server token`.
struct TokenHandoff: ServerProgramHandoff {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke the personal access tokens that `orgtui serve` accepts.",
        discussion: "Runs `orgtui-server token`; `orgtui token --help` lists its subcommands.",
        helpNames: []
    )

    @Argument(parsing: .captureForPassthrough, help: "create | list | revoke, and their options")
    var arguments: [String] = []
}
