import ArgumentParser
import Foundation
import OrgCLI
import OrgModel
import OrgPostgres
import OrgStore

/// `orgtui-server init`: seeds an empty PostgreSQL database with an organization whose "me" is its first
/// admin, as `orgtui init` creates a local store.
struct DatabaseInitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Seed an empty PostgreSQL database for `orgtui serve --database`, with you as its first admin.",
        discussion: "For a local store, use `orgtui init --store PATH`."
    )

    @Option(help: ServerStorage.databaseHelp("The database"))
    var database: String?

    @OptionGroup var firstAdmin: FirstAdminOptions

    func run() async throws {
        guard let url = database ?? ProcessInfo.processInfo.environment["ORGTUI_DATABASE_URL"] else {
            throw ValidationError("Give --database URL (or set ORGTUI_DATABASE_URL).")
        }
        do throws(BackendError) {
            let store = try await PostgresStore.create(
                PostgresLocation.announced(url), organization: firstAdmin.organization, admin: firstAdmin.admin)
            store.shutdown()
            firstAdmin.report("Seeded the database", meID: store.meID)
            Console.out("Serve it with: orgtui serve --database URL")
        } catch {
            throw CLIFailure(error)
        }
    }
}
