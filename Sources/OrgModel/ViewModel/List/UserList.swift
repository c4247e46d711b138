/// The users table as one virtual list over the whole result: `count` rows, of which the API pages
/// around the cursor are cached (at most `maxCachedPages`), plus the roles of the rows seen.
public struct UserList: Hashable, Sendable {
    /// Users per API page.
    static let pageSize = UserQuery.maxPageSize
    /// How many pages stay cached; the farthest from the cursor go first.
    static let maxCachedPages = 10

    /// The number of users matching, or nil until the first page of this query arrives.
    public internal(set) var count: Int?
    /// The selected row (0-based, within `0..<count`; 0 when the list is empty).
    public internal(set) var cursor = 0
    /// The first visible row.
    public internal(set) var top = 0
    /// The name search this list shows, or nil for everyone.
    public internal(set) var nameSearch: String?
    /// Cached pages by API page number (from 1).
    public internal(set) var pages: [Int: [User]] = [:]
    /// Known role sets by user id.
    public internal(set) var roles: [String: Set<Role>] = [:]
    /// Marked users by id.
    public internal(set) var marks: [String: User] = [:]
    /// Page requests in flight by page number.
    var pageRequests: [Int: RequestID] = [:]
    /// Details requests in flight by user id.
    var detailsRequests: [String: RequestID] = [:]

    /// The user at a row, if its page is cached.
    public func user(at index: Int) -> User? {
        guard index >= 0, let items = pages[Self.page(of: index)] else { return nil }
        let offset = index % Self.pageSize
        return offset < items.count ? items[offset] : nil
    }

    /// The user under the cursor, if loaded.
    public var selected: User? { user(at: cursor) }

    /// Whether a page or details request is in flight.
    public var isLoading: Bool { !pageRequests.isEmpty || !detailsRequests.isEmpty }

    /// The rows visible in a body of `bodyRows` rows.
    public func rows(bodyRows: Int) -> [UserRow] {
        visibleRange(bodyRows: bodyRows).map { index in
            let user = user(at: index)
            return UserRow(
                index: index, user: user, roles: user.flatMap { roles[$0.id] },
                isMarked: user.map { marks[$0.id] != nil } ?? false, isSelected: index == cursor)
        }
    }

    /// The indexes of the visible rows.
    func visibleRange(bodyRows: Int) -> Range<Int> {
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

    /// The API page (from 1) that holds a row.
    static func page(of index: Int) -> Int { index / pageSize + 1 }

    /// How many users a complete copy of a page holds, given the count; 0 for a page past the end.
    func expectedItems(onPage page: Int) -> Int {
        guard let count else { return Self.pageSize }
        let (first, overflow) = (page - 1).multipliedReportingOverflow(by: Self.pageSize)
        guard page >= 1, !overflow else { return 0 }
        return max(0, min(Self.pageSize, count - first))
    }
}
