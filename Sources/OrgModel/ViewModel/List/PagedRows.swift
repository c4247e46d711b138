/// A long list read from the API a page at a time: `count` rows, the cursor and the first visible row, and
/// the pages cached around the cursor (at most `maxCachedPages`). The users table and the audit log are one.
public struct PagedRows<Item: Hashable & Sendable>: Hashable, Sendable {
    /// Rows per API page.
    static var pageSize: Int { UserQuery.maxPageSize }
    /// How many pages stay cached; the farthest from the cursor go first.
    static var maxCachedPages: Int { 10 }

    /// The number of rows, or nil until the first page arrives.
    public internal(set) var count: Int?
    /// The selected row (0-based, within `0..<count`; 0 when the list is empty).
    public internal(set) var cursor = 0
    /// The first visible row.
    public internal(set) var top = 0
    /// Cached pages by API page number (from 1).
    public internal(set) var pages: [Int: [Item]] = [:]
    /// Page requests in flight by page number.
    var pageRequests: [Int: RequestID] = [:]

    /// The API page (from 1) that holds a row.
    static func page(of index: Int) -> Int { index / pageSize + 1 }

    /// The item at a row, if its page is cached.
    public func item(at index: Int) -> Item? {
        guard index >= 0, let items = pages[Self.page(of: index)] else { return nil }
        let offset = index % Self.pageSize
        return offset < items.count ? items[offset] : nil
    }

    /// The indexes of the rows visible in a body of `bodyRows` rows.
    public func visibleRange(bodyRows: Int) -> Range<Int> {
        guard let count else { return 0..<0 }
        return top..<min(count, top.saturatingAdd(bodyRows))
    }

    /// Where the visible rows are, such as `101-124 of 1,234`; `0 of 0` when empty, `…` while unknown.
    public func position(bodyRows: Int) -> String {
        guard let count else { return "…" }
        let range = visibleRange(bodyRows: bodyRows)
        if range.isEmpty { return "0 of 0" }
        return "\((range.lowerBound + 1).grouped)-\(range.upperBound.grouped) of \(count.grouped)"
    }

    /// Moves the cursor for a moving command (up, down, a page, first, last); `scroll` then clamps it.
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

    /// Puts the cursor on row `index` (a click), scrolled as `move` would.
    mutating func select(_ index: Int, bodyRows: Int) {
        cursor = index
        scroll(bodyRows: bodyRows)
    }

    /// Keeps the cursor inside the list and visible, and the body full when it can be.
    mutating func scroll(bodyRows: Int) {
        let count = count ?? 0
        cursor = min(max(cursor, 0), max(count - 1, 0))
        if cursor < top { top = cursor }
        if cursor >= top.saturatingAdd(bodyRows) { top = cursor - bodyRows + 1 }
        top = max(0, min(top, count - bodyRows))
    }

    /// The pages holding the visible rows, and the one after them; the cursor's page while the count is
    /// unknown.
    func neededPages(bodyRows: Int) -> Set<Int> {
        guard let count else { return [Self.page(of: cursor)] }
        guard let last = visibleRange(bodyRows: bodyRows).last else { return [] }
        var pages = Set(Self.page(of: top)...Self.page(of: last))
        if Self.page(of: last) < Self.page(of: count - 1) { pages.insert(Self.page(of: last) + 1) }
        return pages
    }

    /// Cancels the page requests for pages not `needed`, and asks (with `load`) for the needed pages that
    /// are neither cached nor requested, in page order.
    mutating func requestPages(
        _ needed: Set<Int>, newRequestID: () -> RequestID, load: (RequestID, Int) -> Effect
    ) -> [Effect] {
        var effects: [Effect] = []
        for (page, id) in pageRequests.sorted(by: { $0.key < $1.key }) where !needed.contains(page) {
            pageRequests[page] = nil
            effects.append(.cancel(id))
        }
        for page in needed.sorted() where pages[page] == nil && pageRequests[page] == nil {
            let id = newRequestID()
            pageRequests[page] = id
            effects.append(load(id, page))
        }
        return effects
    }

    /// Keeps page `page`'s answered `items` (at most a page of them) and the `count` it was answered with; a
    /// count that moved drops the other pages, which were cut from another list.
    mutating func store(page: Int, items: [Item], count newCount: Int) {
        if count != newCount { pages = [:] }
        count = max(0, newCount)
        pages[page] = Array(items.prefix(Self.pageSize))
    }

    /// Drops the cached pages farthest from the cursor beyond `maxCachedPages`.
    mutating func evictPages(keeping needed: Set<Int>) {
        let cursorPage = Self.page(of: cursor)
        while pages.count > Self.maxCachedPages,
            let farthest = pages.keys.filter({ !needed.contains($0) })
                .max(by: { abs($0 - cursorPage) < abs($1 - cursorPage) })
        {
            pages[farthest] = nil
        }
    }

    /// How many rows a complete copy of a page holds, given the count; 0 for a page past the end.
    func expectedItems(onPage page: Int) -> Int {
        guard let count else { return Self.pageSize }
        let (first, overflow) = (page - 1).multipliedReportingOverflow(by: Self.pageSize)
        guard page >= 1, !overflow else { return 0 }
        return max(0, min(Self.pageSize, count - first))
    }
}
