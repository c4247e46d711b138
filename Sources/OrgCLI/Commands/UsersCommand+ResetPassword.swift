import ArgumentParser
import OrgModel

extension UsersCommand {
    /// `orgtui users reset-password ID...`: sends password reset emails, after a confirmation naming each
    /// user (or `--yes`).
    struct ResetPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Send users a password reset email, asking first for each one unless --yes is given.")

        @OptionGroup var change: ConfirmedChange

        func run() throws {
            try change.run(
                "send the resets", question: Confirmation.toResetPassword(of:), summary: "password reset",
                outcome: "password reset sent"
            ) { .resetPassword(id: $0) }
        }
    }
}
