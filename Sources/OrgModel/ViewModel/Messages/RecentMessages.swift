/// The recent messages' screen (`!`): `AppState.messages`, newest first, each whole, scrolled down
/// `scroll` lines (the renderer clamps it, as on the help screen).
public struct RecentMessages: Hashable, Sendable {
    public internal(set) var scroll = 0
}
