import ArgumentParser

/// `orgtui serve`: hands every argument to `orgtui-server serve`.
struct ServeHandoff: ServerProgramHandoff {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a local store over the org-user-management API (HTTP), for `orgtui --api`.",
        discussion: "Runs `orgtui-server serve`; `orgtui serve --help` lists its options.",
        helpNames: []
    )

    @Argument(parsing: .captureForPassthrough, help: "--store PATH --host HOST --port PORT --quiet")
    var arguments: [String] = []
}
