/// A change sent to the backend and not answered yet, kept by request id (`AppState.pendingChanges`) to
/// interpret the answer.
enum PendingChange: Hashable, Sendable {
    /// One user's role set, based on the set before.
    case roles(RoleChange)
    /// One user's part of a bulk change, applied to a fresh read.
    case delta(User, RoleDelta)
    case delete(User)
    case resetPassword(User)
    case invite(Invitation)
    case updateMe(UserUpdate)
    /// One user's deletion or password reset as part of a change to the marked users (`BulkProgress`).
    indirect case part(PendingChange)

    /// The effect that sends this change as request `id`.
    func request(_ id: RequestID) -> Effect {
        switch self {
        case .roles(let change):
            .setRoles(id, userID: change.user.id, roles: change.after, basedOn: change.before)
        case .delta(let user, let delta): .changeRoles(id, userID: user.id, delta: delta)
        case .delete(let user): .delete(id, userID: user.id)
        case .resetPassword(let user): .resetPassword(id, userID: user.id)
        case .invite(let invitation): .invite(id, invitation)
        case .updateMe(let update): .updateMe(id, update)
        case .part(let change): change.request(id)
        }
    }

    /// Whether this is one user's part of a bulk change, which `BulkProgress` counts.
    var isPart: Bool {
        switch self {
        case .delta, .part: true
        default: false
        }
    }
}
