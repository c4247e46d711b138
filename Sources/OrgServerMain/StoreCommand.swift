import ArgumentParser

/// `orgtui store`: moving a local store to PostgreSQL.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Copy a local store into an empty PostgreSQL database, for `orgtui serve --database`.",
        subcommands: [Copy.self]
    )
}
