import ArgumentParser
import OrgModel

extension UsersCommand {
    /// `orgtui users delete ID...`: removes users, after a confirmation naming each one (or `--yes`).
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Delete users, asking first for each one unless --yes is given.")

        @OptionGroup var backend: BackendOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var changes: ChangeOptions
        @OptionGroup var confirm: ConfirmOptions

        @Argument(help: ArgumentHelp("The users' ids.", valueName: "id"))
        var ids: [String]

        func run() throws {
            try confirm.requireAnswer("delete", dryRun: changes.dryRun)
            try ChangeRunner(backend, output: output, changes: changes).runConfirmed(
                ids: ids, confirm: confirm, question: Confirmation.toDelete, summary: "delete", outcome: "deleted"
            ) { .deleteUser(id: $0) }
        }
    }
}
