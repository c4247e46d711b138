import ArgumentParser
import OrgCLI
import OrgStore

/// `orgtui audit`: the store's append-only log of changes.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show the audit log: every change, when, by whom, and the fields it changed."
    )

    @OptionGroup var location: StoreLocation

    @Option(help: "Show only the last N entries.")
    var last: Int?

    func validate() throws {
        if let last, last < 1 { throw ValidationError("--last must be 1 or more (got \(last)).") }
    }

    func run() throws {
        let store = try location.open()
        let entries = try CLIFailure.reporting(store.auditLog)
        guard !entries.isEmpty else { return Console.out("The audit log is empty.") }
        var table = TextTable("ID", "TIME", "ACTOR", "ACTION", "TARGET", "BEFORE", "AFTER")
        for entry in entries.suffix(last ?? entries.count) {
            let change = entry.change
            table.add(
                String(entry.id), entry.time.cliText, entry.actor, entry.action.rawValue, entry.target,
                change.before, change.after)
        }
        table.lines.forEach(Console.out)
    }
}
