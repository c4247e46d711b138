import ArgumentParser
import Foundation
import OrgCLI
import OrgText
import OrgModel
import OrgPostgres
import OrgStore

extension StoreCommand {
    /// `orgtui store copy`: a local store's organization, members, roles, tokens, invitations, outbox and
    /// audit log into an empty PostgreSQL database, in one transaction, with the counts of both sides.
    struct Copy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a local store into an empty PostgreSQL database, then compare the counts of each table.",
            discussion: """
                The store is read in one read transaction (a consistent snapshot, even while orgtui writes it); \
                the database is written in one transaction, so a failure or a count that differs keeps nothing. \
                A database that already holds an organization is refused and left as it is.
                """)

        @Option(help: ArgumentHelp("The local store to copy.", valueName: "path"), completion: .file())
        var from: String

        @Option(help: ServerStorage.databaseHelp("The empty database"))
        var to: String?

        func run() async throws {
            guard
                let url = to
                    ?? ProcessInfo.processInfo.environment["ORGTUI_DATABASE_URL"].flatMap({
                        $0.isEmpty ? nil : $0
                    })
            else {
                throw ValidationError("Give --to URL (or set ORGTUI_DATABASE_URL).")
            }
            do throws(BackendError) {
                let location = try PostgresLocation.announced(url)
                let store = try SQLiteStore(openingAt: from)
                let snapshot = try store.snapshot()
                let bar = ProgressBar(total: snapshot.rowCount, unit: "rows")
                let counts = try await PostgresStore.copy(snapshot, to: location) { bar.update(done: $0) }
                bar.clear()
                var table = TextTable("TABLE", "STORE", "DATABASE")
                for count in counts { table.add(count.table, String(count.source), String(count.copied)) }
                table.lines.forEach(Console.out)
                Console.out(
                    "Copied \(from) into the database; every count matches. Serve it with: "
                        + "orgtui serve --database URL")
            } catch {
                throw CLIFailure(error)
            }
        }
    }
}
