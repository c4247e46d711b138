import ArgumentParser
import Foundation
import OrgText
import OrgModel
import OrgStore

extension InvitationsCommand {
    /// `orgtui invitations list`: the invitations nobody has accepted yet.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the pending invitations, oldest first.")

        @OptionGroup var location: StoreLocation

        func run() throws {
            let store = try location.open()
            let pending = try CLIFailure.reporting(store.pendingInvitations)
            guard !pending.isEmpty else { return Console.out("No pending invitations.") }
            var table = TextTable("INVITED", "EMAIL", "NAME", "ROLES", "CONNECTION", "BY")
            for item in pending {
                let invitation = item.invitation
                table.add(
                    item.invitedAt.cliText, invitation.email, invitation.name, invitation.roles.label,
                    invitation.connection.rawValue, item.invitedBy)
            }
            table.lines.forEach(Console.out)
        }
    }
}
