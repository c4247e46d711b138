/// One step of what a screen's reducer asks of the app: only what reaches past the screen itself (the stack,
/// the requests in flight, the status line). `AppState.scope` applies a reducer's steps in order.
enum ScreenOutcome: Hashable, Sendable {
    /// Close the screen (and any above it).
    case close
    /// Open this screen on top.
    case push(Screen)
    /// Send this change (`AppState.send`); the screen then on top learns its request id (`Screen.sent`).
    /// When the signed-in user may not make it, the steps after this one are dropped.
    case send(PendingChange)
    /// Say this on the status line.
    case status(StatusMessage)
    /// Perform these effects.
    case perform([Effect])
    /// Close the role editor on top when it is `user`'s (below a dialog about them that closed).
    case closeEditor(of: User)
    /// Close the bulk role editor on top, unmark everyone, and send these changes to several users as one,
    /// counted by `BulkProgress` (a role change is applied to each user's roles on a fresh read).
    case sendBulk([PendingChange], BulkProgress)
    /// Show the users holding any of these roles (none: every role) who sign in this way (nil: any), from
    /// the first row, with the search kept.
    case filter(Set<Role>, Connection?)
    /// Keep this invite form for the next time the form opens.
    case keepDraft(InviteForm)
}
