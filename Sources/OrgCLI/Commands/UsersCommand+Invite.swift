import ArgumentParser
import OrgModel

extension UsersCommand {
    /// `orgtui users invite --email E --name N [--roles R,...] [--connection C]`: invites someone, checked
    /// as the terminal UI's invite form checks it.
    struct Invite: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "invite", abstract: "Invite someone to the organization by email.")

        @OptionGroup var backend: BackendOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var changes: ChangeOptions

        @Option(help: "The invitee's email address.")
        var email: String

        @Option(help: "The invitee's name.")
        var name: String

        @Option(
            help: ArgumentHelp("Their roles, separated by commas (default: developer).", valueName: "roles"),
            transform: Role.list)
        var roles: [Role] = [.developer]

        @Option(
            help: "How they will sign in: google-oauth2 (the default), or password (they create one).",
            transform: Connection.argument)
        var connection: Connection = .googleOAuth2

        var invitation: Invitation {
            Invitation(email: email, name: name, roles: Set(roles), connection: connection)
        }

        func validate() throws {
            if let problem = Validation.repeatedRoleProblem(roles) ?? invitation.problem {
                throw ValidationError(problem)
            }
        }

        func run() throws {
            let invitation = invitation
            let summary = "invite as \(invitation.roles.label) (\(invitation.connection.rawValue))"
            try ChangeRunner(backend, output: output, changes: changes).run { () throws(BackendError) in
                UserChange(
                    User(id: "", name: invitation.name, email: invitation.email), summary,
                    request: .invite(invitation), outcome: "invited")
            }
        }
    }
}
