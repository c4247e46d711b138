import ArgumentParser

/// `orgtui store`: hands every argument to `orgtui-server store`, which holds the PostgreSQL driver and the
/// store's backup.
struct StoreHandoff: ServerProgramHandoff {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Back up a local store, or copy it into an empty PostgreSQL database for `orgtui serve --database`.",
        discussion: "Runs `orgtui-server store`; `orgtui store --help` lists its subcommands.",
        helpNames: []
    )

    @Argument(
        parsing: .captureForPassthrough, help: "backup PATH [--store PATH] | copy --from PATH --to postgresql://...")
    var arguments: [String] = []
}
