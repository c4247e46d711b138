import ArgumentParser
import OrgModel

extension UsersCommand {
    /// `orgtui users show ID|EMAIL...`: each user with their roles, in the order given; it stops at the first
    /// one that fails (an unknown one exits with the not-found status).
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show users with their roles, by id or email.")

        @OptionGroup var backend: BackendOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The users' ids or email addresses.", valueName: "id|email"))
        var ids: [String]

        func run() throws {
            let source = try BackendConnection.open(backend)
            let writer = RowWriter<UserDetails>(output)
            defer { writer.finish() }
            for reference in ids.map(UserReference.init) {
                do {
                    try writer.write(
                        try Blocking.read(source) { source throws(BackendError) in
                            try await source.getUser(id: try await reference.id(on: source))
                        })
                } catch let failure as CLIFailure where failure.status == .notFound {
                    throw CLIFailure(reference.notFound, status: .notFound)
                }
            }
        }
    }
}
