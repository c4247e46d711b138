import ArgumentParser
import OrgModel

extension UsersCommand {
    /// `orgtui users delete ID...`: removes users, after a confirmation naming each one (or `--yes`).
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Delete users, asking first for each one unless --yes is given.")

        @OptionGroup var change: ConfirmedChange

        func run() throws {
            try change.run("delete", question: Confirmation.toDelete, summary: "delete", outcome: "deleted") {
                .deleteUser(id: $0)
            }
        }
    }
}
