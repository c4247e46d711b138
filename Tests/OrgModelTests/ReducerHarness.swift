@testable import OrgModel
import Testing

/// Drives `reduce` as TCA's TestStore does: each `send` states the whole change to the state and the
/// exact effects, and fails with a line diff of the state when they differ. `receive` feeds a reply back.
///
/// `nextRequestID` is taken from the actual state: the ids handed out show in the asserted effects.
struct ReducerHarness {
    private(set) var state: AppState

    init(_ state: AppState = AppState()) {
        self.state = state
    }

    /// Sends an event; `update` turns the previous state into the expected one.
    mutating func send(
        _ event: Event, effects expected: [Effect] = [],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout AppState) -> Void = { _ in }
    ) {
        var expectedState = state
        update(&expectedState)
        let effects = reduce(&state, event)
        expectedState.nextRequestID = state.nextRequestID
        #expect(effects == expected, sourceLocation: sourceLocation)
        if state != expectedState {
            Issue.record(
                "State differs (- expected, + actual):\n\(Self.diff(expectedState, state))",
                sourceLocation: sourceLocation)
        }
    }

    /// Feeds a backend reply (or timer) back; the same checks as `send`.
    mutating func receive(
        _ event: Event, effects expected: [Effect] = [],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout AppState) -> Void = { _ in }
    ) {
        send(event, effects: expected, sourceLocation: sourceLocation, update)
    }

    /// Sends a command; shorthand for `send(.command(...))`.
    mutating func press(
        _ command: Command, effects expected: [Effect] = [],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout AppState) -> Void = { _ in }
    ) {
        send(.command(command), effects: expected, sourceLocation: sourceLocation, update)
    }

    /// Applies events without checking, to reach a starting point.
    mutating func skip(_ events: [Event]) {
        for event in events { _ = reduce(&state, event) }
    }

    /// The lines of the two values' `dump` that differ (a longest-common-subsequence line diff).
    static func diff<T>(_ expected: T, _ actual: T) -> String {
        func lines(_ value: T) -> [String] {
            var text = ""
            dump(value, to: &text)
            return text.split(separator: "\n").map(String.init)
        }
        let old = lines(expected), new = lines(actual)
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                i += 1
                j += 1
            } else if j == new.count || (i < old.count && common[i + 1][j] >= common[i][j + 1]) {
                out.append("- \(old[i])")
                i += 1
            } else {
                out.append("+ \(new[j])")
                j += 1
            }
        }
        return out.joined(separator: "\n")
    }
}
