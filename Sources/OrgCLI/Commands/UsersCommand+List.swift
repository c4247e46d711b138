import ArgumentParser
import Foundation
import OrgModel
import OrgStore

extension UsersCommand {
    /// `orgtui users list`: a page of the users, or with `--all` every page, ordered by name, optionally filtered
    /// by name, with `--roles` each user's roles too.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List a page of the users, or all of them, ordered by name.")

        /// The most requests `--concurrency` allows in flight.
        static let maxConcurrency = 64

        @OptionGroup var backend: BackendOptions
        @OptionGroup var output: OutputOptions

        @Option(
            help: ArgumentHelp(
                "Only users whose name contains this text (3 or more letters; without case or accents where the "
                    + "server scans).", valueName: "text"))
        var search: String?

        @Option(
            name: .customLong("role"),
            help: ArgumentHelp(
                "Only users holding any of these roles (admin, developer, analyst; commas or repeated).",
                valueName: "role[,role]"),
            transform: Role.list)
        var roleLists: [[Role]] = []

        @Option(help: ArgumentHelp("Only users whose email contains this text, without case.", valueName: "text"))
        var email: String?

        @Option(
            help: ArgumentHelp("Only users who sign in this way: google-oauth2 or password.", valueName: "connection"),
            transform: Connection.argument)
        var connection: Connection?

        @Option(help: "The page, from 1 (1 when not given).")
        var page: Int?

        @Option(help: "Users per page, 1 to \(UserQuery.maxPageSize).")
        var pageSize = UserQuery.maxPageSize

        @Option(help: ArgumentHelp("Print at most this many users.", valueName: "k"))
        var limit: Int?

        @Flag(help: "Every page, printed in order as the pages come (page 1 first, then --concurrency at a time).")
        var all = false

        @Option(help: "With --all or --roles, how many requests may be in flight at once, 1 to \(maxConcurrency).")
        var concurrency = 8

        @Flag(help: "Each user's roles too: one request per user, within --concurrency.")
        var roles = false

        var query: UserQuery {
            UserQuery(
                pageNumber: page ?? 1, pageSize: pageSize, nameSearch: search, roles: Set(roleLists.joined()),
                emailSearch: email, connection: connection)
        }

        /// The query as checked: a name only a scan can search (`García` for the platform) is left to the scan.
        private var checkedQuery: UserQuery {
            var checked = query
            if let search, UserScan.scansName(search) { checked.nameSearch = nil }
            return checked
        }

        func validate() throws {
            if let problem = checkedQuery.problem { throw ValidationError(problem) }
            if pageSize < 1 { throw ValidationError("--page-size must be 1 or more (got \(pageSize)).") }
            if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more (got \(limit)).") }
            if all, let page {
                throw ValidationError("--all reads every page from the first: leave out --page \(page), or --all.")
            }
            guard (1...Self.maxConcurrency).contains(concurrency) else {
                throw ValidationError("--concurrency must be 1 to \(Self.maxConcurrency) (got \(concurrency)).")
            }
        }

        func run() throws {
            // A read of every page touches the whole store once: its page caches would only grow.
            if all { SQLiteStore.limitMemory(to: 16 * 1_048_576) }
            let source = try BackendConnection.open(backend)
            if try Self.scans(query, on: source) { return try scan(source) }
            let listing = UserListing(query: query, all: all, limit: limit, concurrency: concurrency)
            let tally =
                roles
                ? try listing.print(source, output, rows: UserListing.details)
                : try listing.print(source, output, rows: UserListing.users)
            if let note = Self.partialNote(tally, all: all, limit: limit) { Console.error(note) }
        }

        /// Whether `backend` cannot answer `query` itself, so it is scanned: asked for the count alone, it refuses
        /// the filters (`.unsupported`: the platform's API lacks them) or the name (`.invalid`: outside its rule).
        static func scans(_ query: UserQuery, on backend: any Backend) throws -> Bool {
            let name = query.nameSearch.map(UserScan.scansName) ?? false
            guard query.hasExtensions || name else { return false }
            var count = query
            (count.pageNumber, count.pageSize) = (1, 0)
            let probe = count
            do {
                _ = try Blocking.wait { () throws(BackendError) in try await backend.listUsers(probe) }
                return false
            } catch .unsupported {
                return true
            } catch .invalid where name {
                return true
            } catch {
                throw CLIFailure(error)
            }
        }

        /// Prints the matches of a scan and its last line; Ctrl-C ends it with status 130 (interrupted).
        private func scan(_ source: any Backend) throws {
            let listing = UserScanListing(query: query, all: all, limit: limit, concurrency: concurrency)
            let outcome = try listing.print(source, output, roles: roles)
            Console.error(listing.note(outcome))
            if outcome.interrupted { throw ExitCode(ExitStatus.interrupted.rawValue) }
        }

        /// The line that says a listing without `--all` printed part of the matches ("100 of 3,001 users; --all
        /// for every page"), so that a script reading the output does not take a page for the whole; nil when it
        /// printed them all, or all that `--limit` asked for.
        static func partialNote(_ tally: UserListing.Tally, all: Bool, limit: Int?) -> String? {
            guard !all, tally.written < tally.count, limit.map({ tally.written < $0 }) ?? true else { return nil }
            let format = { (number: Int) in
                number.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
            }
            return "\(format(tally.written)) of \(format(tally.count)) users; --all for every page."
        }
    }
}
