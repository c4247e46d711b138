/// The invitations screen: the pending invitations, oldest first, read a page at a time; the question asked
/// before one is revoked, and the revocation in flight.
public struct InvitationList: Hashable, Sendable {
    /// A revocation sent and not yet answered.
    struct Revocation: Hashable, Sendable {
        var id: RequestID
        var email: String
    }

    /// The invitations, the cursor and the cached pages.
    public internal(set) var rows = PagedRows<PendingInvitation>()
    /// Why the backend has no invitations to show (the platform keeps none), said instead of the list.
    public internal(set) var unsupported: String?
    /// The invitation that `d` asks about revoking, until the answer.
    public internal(set) var question: PendingInvitation?
    /// Whether Yes is highlighted in the question (No until the admin moves).
    public internal(set) var yesSelected = false
    /// The revocation in flight.
    var revoking: Revocation?

    init() {}

    /// The invitation under the cursor, once its page is loaded.
    public var selected: PendingInvitation? { rows.item(at: rows.cursor) }

    /// The question's sentence, while it is asked.
    public var questionText: String? { question.map { PendingInvitation.revokeQuestion($0.invitation.email) } }

    /// Whether a page or a revocation is in flight.
    public var isLoading: Bool { !rows.pageRequests.isEmpty || revoking != nil }

    /// Whether `d` may ask about the invitation under the cursor now.
    public var canRevoke: Bool { question == nil && revoking == nil && selected != nil }
}
