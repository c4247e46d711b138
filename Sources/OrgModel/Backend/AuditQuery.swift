/// The parameters of `listAudit`: a page of the audit log, newest first, paged as `listUsers` is,
/// optionally only the entries about one user.
public struct AuditQuery: Hashable, Sendable {
    /// The page, from 1.
    public var pageNumber: Int
    /// Items per page, 0...100 (larger sizes are treated as 100); 0 asks only for the count.
    public var pageSize: Int
    /// Only the entries whose target is this user id, or nil for all.
    public var userID: String?

    public init(pageNumber: Int = 1, pageSize: Int = UserQuery.maxPageSize, userID: String? = nil) {
        self.pageNumber = pageNumber
        self.pageSize = pageSize
        self.userID = userID
    }

    /// The paging alone, which follows `listUsers`' rules.
    private var paging: UserQuery { UserQuery(pageNumber: pageNumber, pageSize: pageSize) }

    /// The page size the server uses: the requested size capped at `UserQuery.maxPageSize`.
    public var effectivePageSize: Int { paging.effectivePageSize }

    /// The index of the page's first item in the whole log; `Int.max` past any log.
    public var offset: Int { paging.offset }

    /// Why the server would refuse this query (422), or nil when it is valid.
    public var problem: String? { paging.problem }
}
