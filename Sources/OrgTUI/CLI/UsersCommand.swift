import ArgumentParser

/// `orgtui users`: the organization's members, read from the store or the API.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "List the organization's users, or show some of them with their roles.",
        subcommands: [List.self, Show.self, Import.self]
    )
}
