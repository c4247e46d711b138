/// One page of the audit log, newest first, and the number of entries that match across all pages.
public struct AuditPage: Hashable, Sendable {
    public var count: Int
    public var items: [AuditRecord]

    public init(count: Int, items: [AuditRecord]) {
        self.count = count
        self.items = items
    }
}
