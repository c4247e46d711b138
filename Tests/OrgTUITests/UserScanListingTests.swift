import Foundation
import OrgModel
import Testing

@testable import OrgCLI

/// `users list` with filters on a backend that cannot apply them (PagedBackend ignores every filter): the
/// scan's matches printed in every format, the page or `--limit` asked for, and the line on stderr.
@Suite struct UserScanListingTests {
    /// What `listing` prints to a file in `format`, and how it ended.
    static func printed(
        _ listing: UserScanListing, _ backend: PagedBackend, format: OutputFormat = .csv, roles: Bool = false
    ) throws -> (text: String, outcome: UserScanListing.Outcome) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("scan-\(UUID().uuidString)").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(descriptor >= 0)
        defer {
            close(descriptor)
            unlink(path)
        }
        let options = try OutputOptions.parse(["-o", format.rawValue])
        let outcome = try listing.print(backend, options, roles: roles, descriptor: descriptor)
        return (try String(contentsOfFile: path, encoding: .utf8), outcome)
    }

    @Test(arguments: [OutputFormat.csv, .json, .ndjson])
    func everyAdminIsPrintedInTheListsOrder(_ format: OutputFormat) throws {
        let backend = PagedBackend(count: 250)
        let listing = UserScanListing(query: UserQuery(roles: [.admin]), all: true, concurrency: 8)
        let (text, outcome) = try Self.printed(listing, backend, format: format)
        let admins = (1...250).filter { $0 % 3 == 0 }.map(PagedBackend.user)
        #expect(
            outcome
                == .init(
                    progress: .init(scanned: 250, total: 250, found: 83, complete: true),
                    written: 83, interrupted: false, filled: false))
        let shown = backend.users.filter { text.contains($0.email) }
        #expect(shown == admins)
        #expect(backend.snapshot.maxInFlight <= 8)
        #expect(
            listing.note(outcome)
                == "Scanned all 250 users here, as this server cannot apply the filter itself: 83 found.")
    }

    @Test func withoutAllThePageIsPrintedAndTheScanStops() throws {
        let backend = PagedBackend(count: 900)
        let query = UserQuery(pageNumber: 2, pageSize: 10, emailSearch: "USER0")
        let listing = UserScanListing(query: query)
        let (text, outcome) = try Self.printed(listing, backend, roles: true)
        let lines = text.split(separator: "\r\n").dropFirst()
        #expect(lines.map { String($0.prefix(5)) } == (11...20).map { PagedBackend.user($0).id })
        #expect(lines.first?.hasSuffix("developer") == true)
        #expect(outcome.filled && !outcome.progress.complete && outcome.written == 10)
        #expect(backend.snapshot.pagesAsked.count < 9)
        #expect(listing.note(outcome).hasPrefix("Printed 10 matches after scanning "))
        #expect(listing.note(outcome).hasSuffix(" users; --all for every match."))
    }

    @Test func theLimitCapsWhatIsPrinted() throws {
        let backend = PagedBackend(count: 300)
        let listing = UserScanListing(query: UserQuery(emailSearch: "acme"), all: false, limit: 5)
        let (text, outcome) = try Self.printed(listing, backend)
        #expect(text.split(separator: "\r\n").count == 6)
        #expect(outcome.written == 5)
        #expect(listing.note(outcome).hasSuffix(" of 300 users."))
    }
}
