@testable import OrgModel
import Testing

/// Drives `reduce` as TCA's TestStore does: each `send` states the whole change to the state and the
/// exact effects, and fails with a line diff of the state when they differ. `receive` feeds a reply back.
///
/// `nextRequestID` is taken from the actual state: the ids handed out show in the asserted effects.
struct TestStore {
    private(set) var state: AppState

    init(_ state: AppState = AppState()) {
        self.state = state
    }

    /// Sends an event; `update` turns the previous state into the expected one.
    mutating func send(_ event: Event, effects expected: [Effect] = [],
                       sourceLocation: SourceLocation = #_sourceLocation,
                       _ update: (inout AppState) -> Void = { _ in }) {
        var expectedState = state
        update(&expectedState)
        let effects = reduce(&state, event)
        expectedState.nextRequestID = state.nextRequestID
        #expect(effects == expected, sourceLocation: sourceLocation)
        if state != expectedState {
            Issue.record("State differs (- expected, + actual):\n\(Self.diff(expectedState, state))",
                         sourceLocation: sourceLocation)
        }
    }

    /// Feeds a backend reply (or timer) back; the same checks as `send`.
    mutating func receive(_ event: Event, effects expected: [Effect] = [],
                          sourceLocation: SourceLocation = #_sourceLocation,
                          _ update: (inout AppState) -> Void = { _ in }) {
        send(event, effects: expected, sourceLocation: sourceLocation, update)
    }

    /// Sends a command; shorthand for `send(.command(...))`.
    mutating func press(_ command: Command, effects expected: [Effect] = [],
                        sourceLocation: SourceLocation = #_sourceLocation,
                        _ update: (inout AppState) -> Void = { _ in }) {
        send(.command(command), effects: expected, sourceLocation: sourceLocation, update)
    }

    /// Applies events without checking, to reach a starting point.
    mutating func skip(_ events: [Event]) {
        for event in events { _ = reduce(&state, event) }
    }

    /// The lines of `dump` that differ, with the first and last differing lines' surroundings.
    static func diff<T>(_ expected: T, _ actual: T) -> String {
        func lines(_ value: T) -> [String] {
            var text = ""
            dump(value, to: &text)
            return text.split(separator: "\n").map(String.init)
        }
        let old = lines(expected), new = lines(actual)
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        let context = old[max(0, prefix - 3)..<prefix].map { "  \($0)" }
        let removed = old[prefix..<(old.count - suffix)].map { "- \($0)" }
        let added = new[prefix..<(new.count - suffix)].map { "+ \($0)" }
        return (context + removed + added).joined(separator: "\n")
    }
}
