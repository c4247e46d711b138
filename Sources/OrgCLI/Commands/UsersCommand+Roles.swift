import ArgumentParser
import OrgModel

extension UsersCommand {
    /// `orgtui users roles ID... (--set ROLES | --add ROLE... | --remove ROLE...)`: changes users' roles.
    /// `--add` and `--remove` apply to the roles read just before the write, and only if they are still those
    /// roles when written (else exit 5, naming the roles now); a user whose roles would not change is reported
    /// and nothing is sent for them, nor for one who would be left without a role.
    struct Roles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "roles", abstract: "Set, add or remove users' roles; prints each change as +admin -analyst.")

        @OptionGroup var backend: BackendOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var changes: ChangeOptions

        @Argument(help: ArgumentHelp("The users' ids or email addresses.", valueName: "id|email"))
        var ids: [String]

        @Option(
            help: ArgumentHelp("Replace the roles with these, separated by commas.", valueName: "roles"),
            transform: Role.list)
        var set: [Role]?

        @Option(
            parsing: .upToNextOption,
            help: ArgumentHelp(
                "Add these roles (or admin,developer) to the roles each user has now.", valueName: "role"),
            transform: Role.list)
        var add: [[Role]] = []

        @Option(
            parsing: .upToNextOption,
            help: ArgumentHelp("Remove these roles from the roles each user has now.", valueName: "role"),
            transform: Role.list)
        var remove: [[Role]] = []

        func validate() throws {
            let modes = [set != nil, !add.isEmpty, !remove.isEmpty].filter { $0 }.count
            if modes != 1 { throw ValidationError("Give exactly one of --set, --add or --remove.") }
            if let set, let problem = Validation.repeatedRoleProblem(set) { throw ValidationError(problem) }
        }

        /// The roles a user with `before` ends up with.
        func roles(after before: Set<Role>) -> Set<Role> {
            if let set { return Set(set) }
            return RoleDelta(add: Set(add.joined()), remove: Set(remove.joined())).applied(to: before)
        }

        func run() throws {
            let runner = try ChangeRunner(backend, output: output, changes: changes)
            try runner.run(ids: ids) { id throws(BackendError) in
                let user = try runner.user(id)
                let after = roles(after: user.roles)
                let delta = RoleDelta(from: user.roles, to: after)
                guard !delta.isEmpty else { return UserChange(nothingFor: user.user, because: delta.description) }
                if let problem = Validation.rolesProblem(after) { throw .invalid(problem) }
                return UserChange(
                    user.user, delta.description,
                    request: .setRoles(id: id, roles: after, basedOn: set == nil ? user.roles : nil),
                    outcome: delta.description)
            }
        }
    }
}
