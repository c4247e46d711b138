/// The audit log screen's list: `count` entries, newest first, of which the API pages around the cursor
/// are cached (at most `maxCachedPages`); all entries, or those about one user.
public struct AuditLog: Hashable, Sendable {
    /// Entries per API page.
    static let pageSize = UserQuery.maxPageSize
    /// How many pages stay cached; the farthest from the cursor go first.
    static let maxCachedPages = 10

    /// The user whose entries these are, or nil for every entry.
    public let user: User?
    /// The number of entries, or nil until the first page arrives.
    public internal(set) var count: Int?
    /// The selected row (0-based, within `0..<count`; 0 when the log is empty).
    public internal(set) var cursor = 0
    /// The first visible row.
    public internal(set) var top = 0
    /// Cached pages by API page number (from 1).
    public internal(set) var pages: [Int: [AuditRecord]] = [:]
    /// Page requests in flight by page number.
    var pageRequests: [Int: RequestID] = [:]

    init(user: User?) { self.user = user }

    /// Whether a page request is in flight.
    public var isLoading: Bool { !pageRequests.isEmpty }

    /// The entry at a row, if its page is cached.
    public func record(at index: Int) -> AuditRecord? {
        guard index >= 0, let items = pages[UserList.page(of: index)] else { return nil }
        let offset = index % Self.pageSize
        return offset < items.count ? items[offset] : nil
    }

    /// The indexes of the rows visible in a body of `bodyRows` rows.
    public func visibleRange(bodyRows: Int) -> Range<Int> {
        guard let count else { return 0..<0 }
        return top..<min(count, top.saturatingAdd(bodyRows))
    }

    /// Where the visible rows are, such as `1-12 of 345`; `0 of 0` when empty, `…` while unknown.
    public func position(bodyRows: Int) -> String {
        guard let count else { return "…" }
        let range = visibleRange(bodyRows: bodyRows)
        if range.isEmpty { return "0 of 0" }
        return "\((range.lowerBound + 1).grouped)-\(range.upperBound.grouped) of \(count.grouped)"
    }

    /// Moves the cursor for a moving command (clamped to the log) and scrolls it into view.
    mutating func move(_ command: Command, bodyRows: Int) {
        switch command {
        case .up: cursor -= 1
        case .down: cursor += 1
        case .pageUp: cursor = cursor.saturatingAdd(-bodyRows)
        case .pageDown: cursor = cursor.saturatingAdd(bodyRows)
        case .first: cursor = 0
        case .last: cursor = (count ?? 1) - 1
        default: break
        }
        scroll(bodyRows: bodyRows)
    }

    /// Keeps the cursor inside the log and visible, and the body full when it can be.
    mutating func scroll(bodyRows: Int) {
        let count = count ?? 0
        cursor = min(max(cursor, 0), max(count - 1, 0))
        if cursor < top { top = cursor }
        if cursor >= top.saturatingAdd(bodyRows) { top = cursor - bodyRows + 1 }
        top = max(0, min(top, count - bodyRows))
    }

    /// The pages holding the visible rows, and the one after them; page 1 while the count is unknown.
    func neededPages(bodyRows: Int) -> Set<Int> {
        guard let count else { return [1] }
        let range = visibleRange(bodyRows: bodyRows)
        guard let last = range.last else { return [] }
        var pages = Set(UserList.page(of: range.lowerBound)...UserList.page(of: last))
        if UserList.page(of: last) < UserList.page(of: count - 1) { pages.insert(UserList.page(of: last) + 1) }
        return pages
    }

    /// Drops the cached pages farthest from the cursor beyond `maxCachedPages`.
    mutating func evictPages(keeping needed: Set<Int>) {
        let cursorPage = UserList.page(of: cursor)
        while pages.count > Self.maxCachedPages,
            let farthest = pages.keys.filter({ !needed.contains($0) })
                .max(by: { abs($0 - cursorPage) < abs($1 - cursorPage) })
        {
            pages[farthest] = nil
        }
    }
}
