extension AppState {
    /// A change sent to the backend and not answered yet, kept by request id to interpret the answer.
    enum PendingChange: Hashable, Sendable {
        /// A role set; `bulk` when it is one of a bulk change's requests.
        case roles(RoleChange, bulk: Bool)
        case delete(User)
        case resetPassword(User)
        case invite(Invitation)
        case updateMe(UserUpdate)

        /// The effect that sends this change as request `id`.
        func request(_ id: RequestID) -> Effect {
            switch self {
            case .roles(let change, _):
                .setRoles(id, userID: change.user.id, roles: change.after, basedOn: change.before)
            case .delete(let user): .delete(id, userID: user.id)
            case .resetPassword(let user): .resetPassword(id, userID: user.id)
            case .invite(let invitation): .invite(id, invitation)
            case .updateMe(let update): .updateMe(id, update)
            }
        }
    }
}
