/// The audit log screen's list: its entries, newest first, read a page at a time; all entries, or those
/// about one user.
public struct AuditLog: Hashable, Sendable {
    /// The user whose entries these are, or nil for every entry.
    public let user: User?
    /// The entries, the cursor and the cached pages.
    public internal(set) var rows = PagedRows<AuditRecord>()

    init(user: User?) { self.user = user }

    /// Whether the highlighted entry is open in full (Enter) instead of the list.
    public internal(set) var isEntryOpen = false

    /// Which entry is highlighted, such as `3 of 1,234`.
    public var entryPosition: String { "\((rows.cursor + 1).grouped) of \(rows.count?.grouped ?? "…")" }

    /// Whether a page request is in flight.
    public var isLoading: Bool { !rows.pageRequests.isEmpty }
}
