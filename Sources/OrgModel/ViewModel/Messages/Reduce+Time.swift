import Foundation

/// `reduce`, told when the event happened: the messages it shows are kept with that time (`MessageLog`).
/// Still pure: the caller reads the clock, `reduce` never does.
public func reduce(_ state: inout AppState, _ event: Event, at time: Date) -> [Effect] {
    state.messages.now = time
    defer { state.messages.now = nil }
    return reduce(&state, event)
}
