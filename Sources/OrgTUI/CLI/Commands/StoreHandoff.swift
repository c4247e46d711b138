import ArgumentParser

/// `orgtui store`: hands every argument to `orgtui-server store`, which holds the PostgreSQL driver.
struct StoreHandoff: ServerHandoff {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Copy a local store into an empty PostgreSQL database, for `orgtui serve --database`.",
        discussion: "Runs `orgtui-server store`; `orgtui store --help` lists its subcommands.",
        helpNames: []
    )

    @Argument(parsing: .captureForPassthrough, help: "copy --from PATH --to postgresql://...")
    var arguments: [String] = []
}
