import Foundation
import OrgModel

/// Collects the events a runner sends, from any thread, for a test to drain.
final class EventRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [Event] = []
    private var received: [Event] = []

    func append(_ event: Event) {
        lock.withLock {
            pending.append(event)
            received.append(event)
        }
    }

    /// The events not drained yet.
    func drain() -> [Event] {
        lock.withLock {
            defer { pending = [] }
            return pending
        }
    }

    /// Every event received so far.
    var all: [Event] { lock.withLock { received } }
}

/// Polls `condition` until it holds or `seconds` pass (a bound for a failing test, generous so that a busy
/// machine never fails a passing one); returns whether it held.
func poll(seconds: Double = 60, _ condition: () async -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .seconds(seconds)
    while ContinuousClock.now < deadline {
        if await condition() { return true }
        try? await Task.sleep(for: .milliseconds(2))
    }
    return await condition()
}
