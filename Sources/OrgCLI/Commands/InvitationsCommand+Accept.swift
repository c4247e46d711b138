import ArgumentParser
import OrgModel
import OrgStore

extension InvitationsCommand {
    /// `orgtui invitations accept EMAIL`: makes the invitee a member, as their registration would.
    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accept",
            abstract: "Accept a pending invitation on the invitee's behalf, making them a member."
        )

        @Argument(help: "The invited email address.")
        var email: String

        @OptionGroup var location: StoreLocation

        func run() throws {
            let store = try location.open()
            let user = try CLIFailure.reporting { () throws(BackendError) in try store.acceptInvitation(email: email) }
            Console.out(
                "\(user.name) <\(user.email)> is now a member: "
                    + "id \(user.id), roles \(user.roles.label).")
        }
    }
}
