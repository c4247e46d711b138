import ArgumentParser
import OrgModel
import OrgStore

/// `orgtui init`: creates a store for an organization whose "me" is its first admin.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a local store for an organization, with you as its first admin."
    )

    @OptionGroup var location: StoreLocation

    @OptionGroup var firstAdmin: FirstAdminOptions

    func run() throws {
        let store = try CLIFailure.reporting { () throws(BackendError) in
            try SQLiteStore.create(at: location.store, organization: firstAdmin.organization, admin: firstAdmin.admin)
        }
        firstAdmin.report("Created \(store.path)", meID: store.meID)
        Console.out("Open it with: orgtui --store \(store.path)")
    }
}
