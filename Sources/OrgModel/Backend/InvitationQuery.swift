/// The parameters of `listInvitations`: a page of the pending invitations, oldest first, paged as `listUsers` is.
public struct InvitationQuery: Hashable, Sendable {
    /// The page, from 1.
    public var pageNumber: Int
    /// Items per page, 0...100 (larger sizes are treated as 100); 0 asks only for the count.
    public var pageSize: Int

    public init(pageNumber: Int = 1, pageSize: Int = UserQuery.maxPageSize) {
        self.pageNumber = pageNumber
        self.pageSize = pageSize
    }

    /// The paging, which follows `listUsers`' rules (its page size, offset and problem).
    public var paging: UserQuery { UserQuery(pageNumber: pageNumber, pageSize: pageSize) }
}
