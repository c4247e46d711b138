import ArgumentParser

/// `orgtui store`: backing up a local store, and moving it to PostgreSQL.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Back up a local store, or copy it into an empty PostgreSQL database for `orgtui serve --database`.",
        subcommands: [Backup.self, Copy.self]
    )
}
