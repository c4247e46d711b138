/// The parameters of `listUsers`: a page of the users ordered by name then id, optionally filtered.
public struct UserQuery: Codable, Hashable, Sendable {
    /// The largest page the API returns; larger sizes are treated as this.
    public static let maxPageSize = 100

    /// The page, from 1.
    public var pageNumber: Int
    /// Items per page, 0...100; 0 asks only for the count.
    public var pageSize: Int
    /// A part of the name, without regard to case or accents, or nil for everyone: letters of any script and
    /// spaces on our own backends (`Validation.anyScriptNameSearchProblem`); the platform is sent only terms
    /// matching `^[a-zA-Z ]{3,}$` (`Validation.nameSearchProblem`).
    public var nameSearch: String?
    /// Only users holding any of these roles; empty for any role. An extension of `orgtui serve`.
    public var roles: Set<Role>
    /// A case-insensitive part of the email address (1 to 254 code points), or nil. An extension of `orgtui serve`.
    public var emailSearch: String?
    /// Only users who sign in this way, or nil for either. An extension of `orgtui serve`.
    public var connection: Connection?

    public init(
        pageNumber: Int = 1, pageSize: Int = UserQuery.maxPageSize, nameSearch: String? = nil,
        roles: Set<Role> = [], emailSearch: String? = nil, connection: Connection? = nil
    ) {
        self.pageNumber = pageNumber
        self.pageSize = pageSize
        self.nameSearch = nameSearch
        self.roles = roles
        self.emailSearch = emailSearch
        self.connection = connection
    }

    /// Whether the query uses a filter that the platform's API lacks (roles, email or connection).
    public var hasExtensions: Bool { !roles.isEmpty || emailSearch != nil || connection != nil }

    /// The query for this one's count alone: the same users, no page. Answers to queries with the same
    /// `counting` have the same count.
    public var counting: UserQuery {
        UserQuery(pageSize: 0, nameSearch: nameSearch, roles: roles, emailSearch: emailSearch, connection: connection)
    }

    /// The page size the server uses: the requested size capped at `maxPageSize`.
    public var effectivePageSize: Int { min(pageSize, Self.maxPageSize) }

    /// The index of the page's first item in the whole ordered result; `Int.max` when a huge page number
    /// puts it past any list.
    public var offset: Int {
        let (offset, overflow) = (max(pageNumber, 1) - 1).multipliedReportingOverflow(by: max(effectivePageSize, 0))
        return overflow ? Int.max : offset
    }

    /// Why our own backends (a store, `orgtui serve`) would refuse this query (422), or nil when it is valid.
    public var problem: String? {
        if pageNumber < 1 { return "page_number must be 1 or more (got \(pageNumber))." }
        if pageSize < 0 { return "page_size must be 0 or more (got \(pageSize))." }
        if let nameSearch, let problem = Validation.anyScriptNameSearchProblem(nameSearch) { return problem }
        if let emailSearch { return Validation.emailSearchProblem(emailSearch) }
        return nil
    }
}
