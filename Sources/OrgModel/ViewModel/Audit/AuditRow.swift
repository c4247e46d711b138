/// One visible row of the audit log screen, with the names the state knows for the ids in it.
public struct AuditRow: Hashable, Sendable {
    /// The row's index in the whole log.
    public var index: Int
    /// The entry, or nil while its page is loading.
    public var record: AuditRecord?
    /// Who made the change, in short: their name as the log recorded it (else the email it recorded), else
    /// their name when the list knows it, else their id.
    public var actor: String
    /// Whom the change is about, in short as `actor`; for an invitation, the invitee.
    public var target: String
    /// Who made the change in full: `Ann Lee <ann@acme.test> (auth0|1)`, or `actor` and the id.
    public var actorInFull: String
    /// Whom the change is about in full, as `actorInFull`.
    public var targetInFull: String
    public var isSelected: Bool
}
