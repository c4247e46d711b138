/// The state of one kind of screen on the stack, which reduces its own events and returns what the app
/// must do (`ScreenOutcome`s). `AppState.scope` reaches it, as TCA's `Scope` reaches a child feature.
protocol ScreenState {
    /// The state inside `screen`, when `screen` is of this kind.
    init?(_ screen: Screen)
    /// The screen holding this state.
    var screen: Screen { get }
}
