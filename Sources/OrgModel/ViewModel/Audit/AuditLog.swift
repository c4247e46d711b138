/// The audit log screen's list: its entries, newest first, read a page at a time; all entries, or those
/// about one user.
public struct AuditLog: Hashable, Sendable {
    /// The user whose entries these are, or nil for every entry.
    public let user: User?
    /// The entries, the cursor and the cached pages.
    public internal(set) var rows = PagedRows<AuditRecord>()

    init(user: User?) { self.user = user }

    /// Whether a page request is in flight.
    public var isLoading: Bool { !rows.pageRequests.isEmpty }
}
