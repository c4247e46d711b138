import ArgumentParser
import OrgModel

extension UsersCommand {
    /// `orgtui users list`: one page of the users, ordered by name, optionally filtered by name.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List a page of the users, ordered by name.")

        @OptionGroup var backend: BackendOptions
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("Only users whose name contains this text (3 or more letters).", valueName: "text"))
        var search: String?

        @Option(help: "The page, from 1.")
        var page = 1

        @Option(help: "Users per page, 1 to \(UserQuery.maxPageSize).")
        var pageSize = UserQuery.maxPageSize

        @Option(help: ArgumentHelp("Print at most this many users.", valueName: "k"))
        var limit: Int?

        var query: UserQuery { UserQuery(pageNumber: page, pageSize: pageSize, nameSearch: search) }

        func validate() throws {
            if let problem = query.problem { throw ValidationError(problem) }
            if pageSize < 1 { throw ValidationError("--page-size must be 1 or more (got \(pageSize)).") }
            if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more (got \(limit)).") }
        }

        func run() throws {
            let query = query
            let page = try Blocking.read(try BackendConnection.open(backend)) { source throws(BackendError) in
                try await source.listUsers(query)
            }
            try RowWriter<User>(output).writeAll(page.items.prefix(limit ?? page.items.count))
        }
    }
}
