import ArgumentParser
import Foundation
import OrgCLI
import OrgModel
import OrgPostgres
import OrgStore

/// `orgtui-server init`: seeds an empty PostgreSQL database with an organization whose "me" is its first
/// admin, as `orgtui init` creates a local store.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Seed an empty PostgreSQL database for `orgtui serve --database`, with you as its first admin.",
        discussion: "For a local store, use `orgtui init --store PATH`."
    )

    @Option(
        help: ArgumentHelp(
            "The database, postgresql://USER[:PASSWORD]@HOST:PORT/DATABASE (or ORGTUI_DATABASE_URL).",
            valueName: "url"))
    var database: String?

    @Option(help: ArgumentHelp("The organization's name, such as \"Acme Robotics\".", valueName: "name"))
    var org: String

    @Option(help: ArgumentHelp("The organization's short name, such as acme.", valueName: "name"))
    var shortName: String

    @Option(help: "Your name, as the organization's first admin.")
    var name: String

    @Option(help: "Your email address.")
    var email: String

    @Option(help: "How you sign in: google-oauth2 or username-password.", transform: Connection.argument)
    var connection: Connection = .usernamePassword

    func run() async throws {
        guard let url = database ?? ProcessInfo.processInfo.environment["ORGTUI_DATABASE_URL"] else {
            throw ValidationError("Give --database URL (or set ORGTUI_DATABASE_URL).")
        }
        let admin = MemberSeed(name: name, email: email, roles: [.admin], connection: connection)
        do throws(BackendError) {
            let store = try await PostgresStore.create(
                PostgresLocation(url: url), organization: OrganizationSeed(name: org, shortName: shortName),
                admin: admin)
            store.shutdown()
            Console.out("Seeded the database for \(org) (\(shortName)).")
            Console.out("You are \(name) <\(email)>, admin, id \(store.meID).")
            Console.out("Serve it with: orgtui serve --database URL")
        } catch {
            throw CLIFailure(error)
        }
    }
}
