import Synchronization

/// Callers that have come to the code under test, counted as they come, for tests of reads that callers share.
final class Arrivals: Sendable {
    private let count = Mutex(0)
    var now: Int { count.withLock { $0 } }
    func arrive() { count.withLock { $0 += 1 } }

    /// Polls `condition` until it holds or 30 s have passed; whether it held.
    static func eventually(_ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(30)
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .milliseconds(5))
        }
        return true
    }
}
