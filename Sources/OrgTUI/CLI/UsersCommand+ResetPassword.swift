import ArgumentParser
import OrgModel

extension UsersCommand {
    /// `orgtui users reset-password ID...`: sends password reset emails, after a confirmation naming each
    /// user (or `--yes`).
    struct ResetPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Send users a password reset email, asking first for each one unless --yes is given.")

        @OptionGroup var backend: BackendOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var changes: ChangeOptions
        @OptionGroup var confirm: ConfirmOptions

        @Argument(help: ArgumentHelp("The users' ids.", valueName: "id"))
        var ids: [String]

        func run() throws {
            try confirm.requireAnswer("send the resets", dryRun: changes.dryRun)
            try ChangeRunner(backend, output: output, changes: changes).runConfirmed(
                ids: ids, confirm: confirm, question: Confirmation.toResetPassword(of:), summary: "password reset",
                outcome: "password reset sent"
            ) { .resetPassword(id: $0) }
        }
    }
}
