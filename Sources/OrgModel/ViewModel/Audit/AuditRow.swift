/// One visible row of the audit log screen, with the names the state knows for the ids in it.
public struct AuditRow: Hashable, Sendable {
    /// The row's index in the whole log.
    public var index: Int
    /// The entry, or nil while its page is loading.
    public var record: AuditRecord?
    /// Who made the change: their name when the list knows it, else their id.
    public var actor: String
    /// Whom the change is about: their name when the list knows it, else the id (or email).
    public var target: String
    public var isSelected: Bool
}
