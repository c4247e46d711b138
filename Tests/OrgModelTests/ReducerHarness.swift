@testable import OrgModel
import Testing

/// Drives `reduce` as TCA's TestStore does: each `send` states the whole change to the state and the
/// exact effects, and fails with a line diff of the state when they differ. `receive` feeds an answer back,
/// and it must answer an effect still pending; a test whose harness ends with effects unanswered fails
/// (`skipPending` says that leaving them is the point).
///
/// `nextRequestID` is taken from the actual state: the ids handed out show in the asserted effects.
struct ReducerHarness {
    private(set) var state: AppState
    private let ledger: Ledger

    init(_ state: AppState = AppState()) {
        self.state = state
        ledger = Ledger(issuedBefore: RequestID(state.nextRequestID))
    }

    /// Sends an event from the person or the terminal; `update` turns the previous state into the expected one.
    mutating func send(
        _ event: Event, effects expected: [Effect] = [],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout AppState) -> Void = { _ in }
    ) {
        if let answer = Ledger.Pending(answeredBy: event) {
            Issue.record("\(event) answers \(answer): feed it with receive", sourceLocation: sourceLocation)
        }
        check(event, expected, sourceLocation, update)
    }

    /// Feeds a backend answer (or a timer) back: it must answer a pending effect; the same checks as `send`.
    mutating func receive(
        _ event: Event, effects expected: [Effect] = [],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout AppState) -> Void = { _ in }
    ) {
        if let answer = Ledger.Pending(answeredBy: event) {
            if !ledger.answer(answer) {
                Issue.record(
                    "\(event) answers no pending effect; pending: \(ledger.pendingDescription)",
                    sourceLocation: sourceLocation)
            }
        } else {
            Issue.record("\(event) answers no effect: send it", sourceLocation: sourceLocation)
        }
        check(event, expected, sourceLocation, update)
    }

    /// Feeds an answer that comes too late (its request was answered or cancelled already): it must change
    /// nothing and ask for nothing.
    mutating func receiveLate(_ event: Event, sourceLocation: SourceLocation = #_sourceLocation) {
        if let answer = Ledger.Pending(answeredBy: event), ledger.isPending(answer) {
            Issue.record("\(event) answers a pending effect: receive it", sourceLocation: sourceLocation)
        }
        check(event, [], sourceLocation) { _ in }
    }

    /// Sends a command; shorthand for `send(.command(...))`.
    mutating func press(
        _ command: Command, effects expected: [Effect] = [],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout AppState) -> Void = { _ in }
    ) {
        send(.command(command), effects: expected, sourceLocation: sourceLocation, update)
    }

    /// Leaves the effects pending now unanswered, on purpose: the test is about what happens before.
    func skipPending() {
        ledger.clear()
    }

    private mutating func check(
        _ event: Event, _ expected: [Effect], _ sourceLocation: SourceLocation, _ update: (inout AppState) -> Void
    ) {
        var expectedState = state
        update(&expectedState)
        if case .profileSwitched = event { ledger.retireAll(before: RequestID(state.nextRequestID)) }
        let effects = reduce(&state, event)
        ledger.expect(effects)
        expectedState.nextRequestID = state.nextRequestID
        #expect(effects == expected, sourceLocation: sourceLocation)
        if state != expectedState {
            Issue.record(
                "State differs (- expected, + actual):\n\(Self.diff(expectedState, state))",
                sourceLocation: sourceLocation)
        }
    }

    /// Applies events without checking, to reach a starting point.
    mutating func skip(_ events: [Event]) {
        for event in events {
            if let answer = Ledger.Pending(answeredBy: event) { _ = ledger.answer(answer) }
            if case .profileSwitched = event { ledger.retireAll(before: RequestID(state.nextRequestID)) }
            ledger.expect(reduce(&state, event))
        }
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
