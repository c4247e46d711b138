import OrgModel

/// One change a command resolved: whom it concerns, the change in short, the request that makes it (nil
/// when there is nothing to send), and what the row says once it is made.
struct UserChange: Sendable {
    /// The user changed (for an invitation: the invitee, with no id yet).
    var user: User
    /// The change in short: `+admin -analyst`, `delete`, `no change`.
    var summary: String
    /// The request that makes the change; nil when nothing is to be sent.
    var request: ChangeRequest?
    /// The row's outcome once the request succeeded, or at once when there is none: `deleted`, `no change`.
    var outcome: String

    /// A change made by `request`, printed as `outcome` once made.
    init(_ user: User, _ summary: String, request: ChangeRequest, outcome: String) {
        self.user = user
        self.summary = summary
        self.request = request
        self.outcome = outcome
    }

    /// Nothing to send for `user`, for the reason `outcome` gives (`no change`, `not confirmed`).
    init(nothingFor user: User, because outcome: String) {
        self.user = user
        summary = outcome
        request = nil
        self.outcome = outcome
    }
}
