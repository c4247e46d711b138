import ArgumentParser

/// `orgtui invitations`: the pending invitations, and the local admin's stand-in for invitees' registration.
struct InvitationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invitations",
        abstract: "List the pending invitations, revoke one, or accept one on the invitee's behalf.",
        subcommands: [List.self, Revoke.self, Accept.self],
        defaultSubcommand: List.self
    )
}
