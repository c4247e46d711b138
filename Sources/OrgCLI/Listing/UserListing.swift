import OrgModel

/// What `users list` reads: one page of the users, or with `all` every page from the first, with at most
/// `concurrency` requests in flight, each page handed over in order as soon as it and those before it arrived.
///
/// The first `concurrency` pages are asked for at once (a round trip saved on a slow link: a page past the
/// end comes back empty), and page 1 tells the count. The next pages are then read in a sliding window: a
/// page is asked for once the page `concurrency` before it was handed over, so no more than that many wait in
/// memory. Each page's count extends or shortens the plan, so a list that grows while it is read is read to
/// its end. A user already handed over in a recent page (the list moved between two reads) is dropped, and
/// reading stops once `limit` users are out.
struct UserListing: Sendable {
    /// The first page: its number, size and search.
    var query: UserQuery
    /// Every page from `query`'s on, rather than that page alone.
    var all = false
    /// The most users to hand over; nil for no limit.
    var limit: Int?
    /// The most requests in flight, pages and the `rows` function's requests together.
    var concurrency = 8

    /// A page as read: the count it told, how many users it held, and their rows.
    private struct Fetched<Row: Sendable>: Sendable {
        var count: Int
        var users: Int
        var rows: [Row]
    }

    /// How much of the list was handed over: the users the last page read said match, and the rows written.
    struct Tally: Equatable, Sendable {
        var count = 0
        var written = 0
    }

    /// Reads the pages from `backend`, turns each page's users into rows with `rows` (which makes its own
    /// requests within the `Limiter`'s bound) and hands each page's new rows to `write`, in order. Returns
    /// how many match and how many were written.
    @discardableResult
    func run<Row: Identifiable & Sendable>(
        _ backend: any Backend,
        rows: @escaping @Sendable (any Backend, [User], Limiter) async throws(BackendError) -> [Row],
        write: ([Row]) throws -> Void
    ) async throws -> Tally where Row.ID == String {
        let limiter = Limiter(limit: concurrency)
        let fetch = { (number: Int) in
            var query = query
            query.pageNumber = number
            return Task { () async -> Result<Fetched<Row>, BackendError> in
                do throws(BackendError) {
                    let page = try await Self.limited(limiter) { () throws(BackendError) in
                        try await backend.listUsers(query)
                    }
                    let made = try await rows(backend, page.items, limiter)
                    return .success(Fetched(count: page.count, users: page.items.count, rows: made))
                } catch {
                    return .failure(error)
                }
            }
        }
        let size = max(query.effectivePageSize, 1)
        var window: [Task<Result<Fetched<Row>, BackendError>, Never>] = []
        defer { window.forEach { $0.cancel() } }
        var next = query.pageNumber
        let opening = all ? min(concurrency, limit.map { max(($0 + size - 1) / size, 1) } ?? concurrency) : 1
        while window.count < opening {
            window.append(fetch(next))
            next += 1
        }
        var recent = RecentIDs(pages: concurrency + 1)
        var (written, dropped, count) = (0, 0, 0)
        while !window.isEmpty {
            let page = try await window.removeFirst().value.get()
            count = page.count
            var fresh = page.rows.filter { recent.insert($0.id) }
            recent.endPage()
            dropped += page.rows.count - fresh.count
            if let limit { fresh = Array(fresh.prefix(limit - written)) }
            if !fresh.isEmpty { try write(fresh) }
            written += fresh.count
            if let limit, written >= limit { return Tally(count: count, written: written) }
            guard all, page.users > 0 else { continue }
            let wanted = limit.map { min(page.count, $0 + dropped) } ?? page.count
            let last = (wanted + size - 1) / size
            while window.count < concurrency, next <= last {
                window.append(fetch(next))
                next += 1
            }
        }
        return Tally(count: count, written: written)
    }

    /// `body`, once one of `limiter`'s slots is free; a task cancelled meanwhile (reading stopped) sends nothing.
    static func limited<T>(
        _ limiter: Limiter, _ body: () async throws(BackendError) -> T
    ) async throws(BackendError) -> T {
        await limiter.acquire()
        defer { limiter.release() }
        if Task.isCancelled { throw BackendError.network("cancelled") }
        return try await body()
    }
}
