/// One page of the pending invitations, oldest first, and the number pending across all pages.
public struct InvitationPage: Hashable, Sendable {
    public var count: Int
    public var items: [PendingInvitation]

    public init(count: Int, items: [PendingInvitation]) {
        self.count = count
        self.items = items
    }
}
