import ArgumentParser
import OrgModel

/// `orgtui audit`: the audit log of a store or of `orgtui serve` (admins only), oldest first.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show the audit log: every change, when, by whom, and the fields it changed (admins only).",
        discussion: """
            Oldest first. Over --api, the server must keep an audit log (orgtui serve does; the platform's API \
            has none, which is said, exit 1).
            """
    )

    @OptionGroup var backend: BackendOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Show only the last N entries.")
    var last: Int?

    @Option(help: ArgumentHelp("Only the entries about this user.", valueName: "id"))
    var user: String?

    func validate() throws {
        if let last, last < 1 { throw ValidationError("--last must be 1 or more (got \(last)).") }
    }

    func run() throws {
        let wanted = last
        let userID = user
        let records = try Blocking.read(try BackendConnection.open(backend)) { source throws(BackendError) in
            try await Self.newest(wanted, userID: userID, from: source)
        }
        guard !records.isEmpty || output.output != .table else {
            return Console.out(user.map { "The audit log has nothing about \($0)." } ?? "The audit log is empty.")
        }
        try RowWriter<AuditRecord>(output).writeAll(records.reversed())
    }

    /// The newest `count` entries (all without a count), about `userID` only when given, newest first.
    static func newest(_ count: Int?, userID: String?, from source: any Backend) async throws(BackendError)
        -> [AuditRecord]
    {
        var records: [AuditRecord] = []
        var pageNumber = 1
        while true {
            let page = try await source.listAudit(AuditQuery(pageNumber: pageNumber, userID: userID))
            records += page.items
            if let count, records.count >= count { return Array(records.prefix(count)) }
            if page.items.count < UserQuery.maxPageSize || records.count >= page.count { return records }
            pageNumber += 1
        }
    }
}
