import ArgumentParser
import OrgModel

extension InvitationsCommand {
    /// `orgtui invitations revoke EMAIL`: withdraws a pending invitation, after a question (or `--yes`).
    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Withdraw a pending invitation, so that it can no longer be accepted (admins only).",
            discussion: """
                Asks first unless --yes is given. Exits 3 when no invitation to EMAIL is pending. Over --api, the \
                server must keep invitations (orgtui serve does; the platform's API does not, exit 1).
                """)

        @Argument(help: "The invited email address (compared without case).")
        var email: String

        @OptionGroup var backend: BackendOptions
        @OptionGroup var confirm: ConfirmOptions

        func run() throws {
            try confirm.requireAnswer("revoke the invitation", dryRun: false)
            let source = try BackendConnection.open(backend)
            let email = email
            guard confirm.confirmed(question: PendingInvitation.revokeQuestion(email), detail: nil) else {
                return Console.out("Nothing was changed: the invitation to \(email) stays pending.")
            }
            do {
                try Blocking.read(source) { source throws(BackendError) in
                    try await source.revokeInvitation(email: email)
                }
            } catch let failure as CLIFailure where failure.status == .notFound {
                throw CLIFailure(OrganizationRules.notInvited(email), status: .notFound)
            }
            Console.out("The invitation to \(email) was revoked: they can no longer join with it.")
        }
    }
}
