/// The state of one kind of screen on the stack, which reduces its own events and returns what the app
/// must do (`ScreenOutcome`s). `AppState.scope` reaches it, as TCA's `Scope` reaches a child feature.
protocol ScreenState {
    /// The screen holding this state.
    var screen: Screen { get }
}

extension Screen {
    /// The state this screen holds when it is of kind `S`, else nil: the one place that looks inside the
    /// screens for `AppState.scope`.
    func state<S: ScreenState>(_ kind: S.Type) -> S? {
        switch self {
        case .roleEditor(let state as S), .inviteForm(let state as S), .confirmation(let state as S),
            .roleConflict(let state as S), .profileEditor(let state as S), .auditLog(let state as S),
            .invitations(let state as S),
            .profiles(let state as S), .firstRun(let state as S), .messages(let state as S),
            .filter(let state as S):
            state
        default:
            nil
        }
    }
}
