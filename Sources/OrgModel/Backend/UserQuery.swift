/// The parameters of `listUsers`: a page of the users ordered by name then id, optionally filtered.
public struct UserQuery: Codable, Hashable, Sendable {
    /// The largest page the API returns; larger sizes are treated as this.
    public static let maxPageSize = 100

    /// The page, from 1.
    public var pageNumber: Int
    /// Items per page, 0...100; 0 asks only for the count.
    public var pageSize: Int
    /// A case-insensitive substring of the name, matching `^[a-zA-Z ]{3,}$`, or nil for everyone.
    public var nameSearch: String?

    public init(pageNumber: Int = 1, pageSize: Int = UserQuery.maxPageSize, nameSearch: String? = nil) {
        self.pageNumber = pageNumber
        self.pageSize = pageSize
        self.nameSearch = nameSearch
    }

    /// The page size the server uses: the requested size capped at `maxPageSize`.
    public var effectivePageSize: Int { min(pageSize, Self.maxPageSize) }

    /// The index of the page's first item in the whole ordered result; `Int.max` when a huge page number
    /// puts it past any list.
    public var offset: Int {
        let (offset, overflow) = (max(pageNumber, 1) - 1).multipliedReportingOverflow(by: max(effectivePageSize, 0))
        return overflow ? Int.max : offset
    }

    /// Why the server would refuse this query (422), or nil when it is valid.
    public var problem: String? {
        if pageNumber < 1 { return "page_number must be 1 or more (got \(pageNumber))." }
        if pageSize < 0 { return "page_size must be 0 or more (got \(pageSize))." }
        if let nameSearch { return Validation.nameSearchProblem(nameSearch) }
        return nil
    }
}
