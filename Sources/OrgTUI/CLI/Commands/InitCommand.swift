import ArgumentParser
import OrgCLI
import OrgModel
import OrgStore

/// `orgtui init`: creates a store for an organization whose "me" is its first admin.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a local store for an organization, with you as its first admin."
    )

    @OptionGroup var location: StoreLocation

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

    func validate() throws {
        if let problem = Validation.nameProblem(org) { throw ValidationError("--org: \(problem)") }
        if let problem = Validation.nameProblem(shortName) { throw ValidationError("--short-name: \(problem)") }
        if let problem = Validation.nameProblem(name) { throw ValidationError("--name: \(problem)") }
        if let problem = Validation.emailProblem(email) { throw ValidationError("--email: \(problem)") }
    }

    func run() throws {
        let admin = MemberSeed(name: name, email: email, roles: [.admin], connection: connection)
        let store = try CLIFailure.reporting { () throws(BackendError) in
            try SQLiteStore.create(
                at: location.store, organization: OrganizationSeed(name: org, shortName: shortName),
                admin: admin)
        }
        Console.out("Created \(store.path) for \(org) (\(shortName)).")
        Console.out("You are \(name) <\(email)>, admin, id \(store.meID).")
        Console.out("Open it with: orgtui --store \(store.path)")
    }
}
