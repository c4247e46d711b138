/// What a screen's reducer may use of the app: the few facts it reads, and the request ids it hands out.
/// `AppState.scope` makes one for each reduction and takes the ids back.
struct ScreenContext {
    /// The signed-in user, once loaded.
    let me: UserDetails?
    /// The rows the body shows.
    let bodyRows: Int
    /// The saved profile in use, if any.
    let activeProfile: String?
    /// The next request id to hand out.
    var nextRequestID: Int

    /// Whether `user` is the signed-in user.
    func isMe(_ user: User) -> Bool { me?.id == user.id }

    /// Hands out a fresh request id.
    mutating func newRequestID() -> RequestID { .take(&nextRequestID) }
}
