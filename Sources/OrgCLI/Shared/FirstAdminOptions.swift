import ArgumentParser
import OrgModel
import OrgRecords

/// `--org`, `--short-name`, `--name`, `--email` and `--connection`: a new organization and you as its first
/// admin, for `orgtui init` (a local store) and `orgtui-server init` (a PostgreSQL database).
public struct FirstAdminOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The organization's name, such as \"Acme Robotics\".", valueName: "name"))
    var org: String

    @Option(
        help: ArgumentHelp(
            "The organization's short name, such as acme: up to 32 lowercase letters a-z, digits and hyphens.",
            valueName: "name"))
    var shortName: String

    @Option(help: "Your name, as the organization's first admin.")
    var name: String

    @Option(help: "Your email address.")
    var email: String

    @Option(help: "How you sign in: google-oauth2 or username-password.", transform: Connection.argument)
    var connection: Connection = .usernamePassword

    public init() {}

    public func validate() throws {
        if let problem = Validation.nameProblem(org, called: "Organization name") {
            throw ValidationError("--org: \(problem)")
        }
        if let problem = Validation.shortNameProblem(shortName) { throw ValidationError("--short-name: \(problem)") }
        if let problem = Validation.nameProblem(name) { throw ValidationError("--name: \(problem)") }
        if let problem = Validation.emailProblem(email) { throw ValidationError("--email: \(problem)") }
    }

    /// The organization to create.
    public var organization: OrganizationSeed { OrganizationSeed(name: org, shortName: shortName) }

    /// You, its first admin.
    public var admin: MemberSeed { MemberSeed(name: name, email: email, roles: [.admin], connection: connection) }

    /// What was made, in two lines: `made` (such as "Created PATH") for the organization, and who you are.
    public func report(_ made: String, meID: String) {
        Console.out("\(made) for \(org) (\(shortName)).")
        Console.out("You are \(name) <\(email)>, admin, id \(meID).")
    }
}
