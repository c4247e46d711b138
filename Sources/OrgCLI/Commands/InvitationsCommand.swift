import ArgumentParser

/// `orgtui invitations`: the local admin's stand-in for invitees' registration.
struct InvitationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invitations",
        abstract: "List the store's pending invitations, or accept one on the invitee's behalf.",
        subcommands: [List.self, Accept.self],
        defaultSubcommand: List.self
    )
}
