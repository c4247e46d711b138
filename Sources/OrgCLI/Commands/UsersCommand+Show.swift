import ArgumentParser
import OrgModel

extension UsersCommand {
    /// `orgtui users show ID...`: each user with their roles, in the order given; it stops at the first id
    /// that fails (an unknown one exits with the not-found status).
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show users with their roles, by id.")

        @OptionGroup var backend: BackendOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The users' ids.", valueName: "id"))
        var ids: [String]

        func run() throws {
            let source = try BackendConnection.open(backend)
            let writer = RowWriter<UserDetails>(output)
            defer { writer.finish() }
            for id in ids {
                do {
                    try writer.write(
                        try Blocking.read(source) { source throws(BackendError) in try await source.getUser(id: id) })
                } catch let failure as CLIFailure where failure.status == .notFound {
                    throw CLIFailure("No user has the id \(id).", status: .notFound)
                }
            }
        }
    }
}
