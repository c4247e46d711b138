/// A change sent to the backend and not answered yet, kept by request id to interpret the answer.
enum PendingChange: Hashable, Sendable {
    /// A role set; `bulk` when it is one of a bulk change's requests.
    case roles(RoleChange, bulk: Bool)
    case delete(User)
    case resetPassword(User)
    case invite(Invitation)
    case updateMe(UserUpdate)
}
