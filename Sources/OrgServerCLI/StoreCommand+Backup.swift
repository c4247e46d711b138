import ArgumentParser
import OrgCLI
import OrgModel
import OrgStore

extension StoreCommand {
    /// `orgtui store backup PATH`: a copy of a local store with SQLite's online backup, safe while orgtui and
    /// orgtui serve write the store; the new file is its owner's alone and never replaces an existing one.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Back up a local store into a new file, even while others use the store.",
            discussion: """
                SQLite's online backup copies one consistent snapshot of the store. The copy is readable by you \
                alone (mode 0600), in a directory made 0700 when missing. An existing file is never overwritten.
                """)

        @Argument(help: ArgumentHelp("The new file to write the copy to.", valueName: "path"), completion: .file())
        var path: String

        @OptionGroup var location: StoreLocation

        func run() throws {
            let source = try location.open()
            let summary = try CLIFailure.reporting { () throws(BackendError) in
                try source.backup(to: path).summary()
            }
            Console.out(
                "Backed up \(location.store) to \(path): \(summary.userCount) users, "
                    + "\(summary.pendingInvitations) pending invitations. Open it with: orgtui --store \(path)")
        }
    }
}
