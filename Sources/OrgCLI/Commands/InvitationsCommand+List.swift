import ArgumentParser
import OrgModel

extension InvitationsCommand {
    /// `orgtui invitations list`: the invitations nobody has accepted or withdrawn yet, oldest first.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the pending invitations, oldest first (admins only).",
            discussion: """
                Over --api, the server must keep invitations (orgtui serve does; the platform's API keeps no list \
                of them, which is said, exit 1).
                """)

        @OptionGroup var backend: BackendOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let pending = try Blocking.read(try BackendConnection.open(backend)) { source throws(BackendError) in
                try await Self.all(from: source)
            }
            guard !pending.isEmpty || output.output != .table else { return Console.out("No pending invitations.") }
            try RowWriter<PendingInvitation>(output).writeAll(pending)
        }

        /// Every pending invitation, oldest first, read page by page.
        static func all(from source: any Backend) async throws(BackendError) -> [PendingInvitation] {
            var items: [PendingInvitation] = []
            var pageNumber = 1
            while true {
                let page = try await source.listInvitations(InvitationQuery(pageNumber: pageNumber))
                items += page.items
                if page.items.count < UserQuery.maxPageSize || items.count >= page.count { return items }
                pageNumber += 1
            }
        }
    }
}
