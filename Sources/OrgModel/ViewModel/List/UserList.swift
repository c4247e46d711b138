/// The users table as one virtual list over the whole result (`PagedRows` of users), plus the roles of the
/// rows seen, the marks and the search it shows.
public struct UserList: Hashable, Sendable {
    /// Users per API page.
    static let pageSize = PagedRows<User>.pageSize
    /// How many pages stay cached; the farthest from the cursor go first.
    static let maxCachedPages = PagedRows<User>.maxCachedPages

    /// The rows, the cursor and the cached pages.
    var window = PagedRows<User>()
    /// The number of users matching, or nil until the first page of this query arrives.
    public internal(set) var count: Int? {
        get { window.count }
        set { window.count = newValue }
    }
    /// The selected row (0-based, within `0..<count`; 0 when the list is empty).
    public internal(set) var cursor: Int {
        get { window.cursor }
        set { window.cursor = newValue }
    }
    /// The first visible row.
    public internal(set) var top: Int {
        get { window.top }
        set { window.top = newValue }
    }
    /// Cached pages by API page number (from 1).
    public internal(set) var pages: [Int: [User]] {
        get { window.pages }
        set { window.pages = newValue }
    }
    /// Page requests in flight by page number.
    var pageRequests: [Int: RequestID] {
        get { window.pageRequests }
        set { window.pageRequests = newValue }
    }
    /// The search this list shows (of emails when `UserQuery.searchesEmail`, of names otherwise), or nil for
    /// everyone.
    public internal(set) var nameSearch: String?
    /// Only users holding any of these roles; empty for every role (`Event.roleFilterChosen`).
    public internal(set) var roleFilter: Set<Role> = []
    /// Only users who sign in this way; nil for either (`Event.connectionFilterChosen`).
    public internal(set) var connectionFilter: Connection?
    /// Known role sets by user id.
    public internal(set) var roles: [String: Set<Role>] = [:]
    /// Marked users by id.
    public internal(set) var marks: [String: User] = [:]
    /// Details requests in flight by user id.
    var detailsRequests: [String: RequestID] = [:]
    /// How many users the organization has, whatever the search and filters; nil until known
    /// (`UserList+Total`).
    public internal(set) var total: Int?
    /// The count-only request for `total` in flight.
    var totalRequest: RequestID?
    /// What the list showed before the query changed, kept until the new query's first page answers, so that
    /// a server that refuses the new filters leaves the list as it was (`UserList+Refused`).
    var previous: Shown?
    /// The scan the list shows instead of pages, for a backend that cannot filter (`UserList+Scan`).
    var scan: ListScan?

    /// The user at a row, if its page is cached.
    public func user(at index: Int) -> User? { window.item(at: index) }

    /// The user under the cursor, if loaded.
    public var selected: User? { user(at: cursor) }

    /// Whether a page or details request is in flight.
    public var isLoading: Bool { !pageRequests.isEmpty || !detailsRequests.isEmpty || scan?.running == true }

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
    func visibleRange(bodyRows: Int) -> Range<Int> { window.visibleRange(bodyRows: bodyRows) }

    /// Where the visible rows are, such as `101-124 of 1,234`; `0 of 0` when empty, `…` while unknown; a
    /// scan's summary (`12 found · scanned 1,200 of 5,000`) until it ends complete.
    public func position(bodyRows: Int) -> String { scanSummary ?? window.position(bodyRows: bodyRows) }

    /// The API page (from 1) that holds a row.
    static func page(of index: Int) -> Int { PagedRows<User>.page(of: index) }

    /// How many users a complete copy of a page holds, given the count; 0 for a page past the end.
    func expectedItems(onPage page: Int) -> Int { window.expectedItems(onPage: page) }
}
