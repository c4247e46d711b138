import ArgumentParser

/// `orgtui users`: the organization's members, read from the store or the API.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "List, show, invite and delete the organization's users, change their roles, reset passwords.",
        subcommands: [List.self, Show.self, Roles.self, Delete.self, ResetPassword.self, Invite.self, Import.self]
    )
}
