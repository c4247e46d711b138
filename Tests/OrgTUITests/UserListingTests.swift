import Foundation
import OrgModel
import Synchronization
import Testing

@testable import OrgCLI

/// `users list --all` in process, on a stub Backend: pages printed in the order of the list however they
/// arrive, the bound on requests in flight, rows written out before the last page has arrived, a user the
/// list moved printed once, and `--limit` stopping the reading.
@Suite struct UserListingTests {
    /// The rows `listing` hands over, page by page.
    static func pages<Row: Identifiable & Sendable>(
        _ listing: UserListing, _ backend: PagedBackend,
        rows: @escaping @Sendable (any Backend, [User], Limiter) async throws(BackendError) -> [Row]
    ) async throws -> [[Row]] where Row.ID == String {
        var pages: [[Row]] = []
        try await listing.run(backend, rows: rows) { pages.append($0) }
        return pages
    }

    @Test func pagesArePrintedInOrderThoughTheyAnswerBackwards() async throws {
        let answered = Mutex<[Int]>([])
        // Each page from 2 to 5 waits for the page after it: they can only all be answered if all are asked
        // for at once, and they are answered last page first.
        let backend = PagedBackend(count: 60) { query in
            let page = query.pageNumber
            if (2...5).contains(page) {
                try? await eventually("page \(page + 1) answered") { answered.withLock { $0.contains(page + 1) } }
            }
            answered.withLock { $0.append(page) }
        }
        let listing = UserListing(query: UserQuery(pageSize: 10), all: true, concurrency: 8)
        let pages = try await Self.pages(listing, backend, rows: UserListing.users)
        #expect(pages.flatMap { $0 } == backend.users)
        #expect(pages.count == 6)
        #expect(answered.withLock { $0 }.filter { (2...6).contains($0) } == [6, 5, 4, 3, 2])
    }

    @Test func pagesAndRolesStayWithinTheBound() async throws {
        let backend = PagedBackend(count: 95)
        let listing = UserListing(query: UserQuery(pageSize: 10), all: true, concurrency: 4)
        let rows = try await Self.pages(listing, backend, rows: UserListing.details).flatMap { $0 }
        #expect(rows.map(\.user) == backend.users)
        #expect(rows.map(\.roles) == (1...95).map(PagedBackend.roles))
        #expect(backend.snapshot.maxInFlight == 4)
        #expect(backend.snapshot.pagesAsked.sorted() == Array(1...10))
        #expect(backend.snapshot.pagesAsked.prefix(4).sorted() == [1, 2, 3, 4])
    }

    @Test(arguments: [OutputFormat.ndjson, .csv, .json])
    func rowsAreWrittenBeforeTheLastPageArrives(_ format: OutputFormat) async throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { fds.forEach { close($0) } }
        _ = fcntl(fds[0], F_SETFL, O_NONBLOCK)
        let read = Mutex<[UInt8]>([])
        let early = Mutex(false)
        let drain = { @Sendable [reader = fds[0]] in
            var buffer = [UInt8](repeating: 0, count: 4_096)
            let count = Foundation.read(reader, &buffer, buffer.count)
            if count > 0 { read.withLock { $0 += buffer[0..<count] } }
        }
        let backend = PagedBackend(count: 30) { query in
            guard query.pageNumber == 3 else { return }
            try? await eventually("the first page's rows on the pipe") {
                drain()
                return read.withLock { !$0.isEmpty }
            }
            early.withLock { $0 = read.withLock { !$0.isEmpty } }
        }
        let listing = UserListing(query: UserQuery(pageSize: 10), all: true, concurrency: 8)
        let options = try OutputOptions.parse(["-o", format.rawValue])
        try await listing.stream(backend, options, rows: UserListing.users, descriptor: fds[1])
        drain()
        #expect(early.withLock { $0 })
        let text = String(decoding: read.withLock { $0 }, as: UTF8.self)
        #expect(backend.users.allSatisfy { text.contains($0.email) })
        #expect(text.utf8.last == UInt8(ascii: "\n"))
    }

    @Test func aUserTheListMovedIsPrintedOnce() async throws {
        let backend = PagedBackend(count: 25, shifted: true)
        let listing = UserListing(query: UserQuery(pageSize: 10), all: true, concurrency: 1)
        let pages = try await Self.pages(listing, backend, rows: UserListing.users)
        #expect(pages.flatMap { $0 } == backend.users)
        #expect(pages.map(\.count) == [10, 9, 6])
    }

    @Test func theLimitStopsTheReading() async throws {
        let backend = PagedBackend(count: 100)
        let listing = UserListing(query: UserQuery(pageSize: 10), all: true, limit: 15, concurrency: 8)
        let pages = try await Self.pages(listing, backend, rows: UserListing.users)
        #expect(pages.flatMap { $0 } == Array(backend.users.prefix(15)))
        #expect(backend.snapshot.pagesAsked.sorted() == [1, 2])
    }
}
