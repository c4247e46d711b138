import Foundation
import OrgHTTP
import OrgModel
import Synchronization

/// Sends an import's invitations, at most `concurrency` in flight. A request that never reached the
/// service (429, a refused connection, a busy store: `BackendError.isRetryable`) is sent again after the
/// `RetryPolicy`'s wait, or the server's Retry-After, during which no other row starts either; one that may
/// have arrived (a timeout, a 5xx, a reset after sending) is never repeated, and its row fails with the
/// reason. Rows stop starting when `shouldStop` says so, or after a failure every row would meet (401, 403,
/// an unusable store); those in flight are waited for.
struct BulkInvite: Sendable {
    /// The failures that end the run: no other row can succeed after one.
    static func endsTheRun(_ error: BackendError) -> Bool {
        switch error {
        case .unauthorized, .forbidden, .unusableStore: true
        default: false
        }
    }

    /// What a run did: each row's outcome (`notSent` for those never started) and the failure that ended
    /// it early, if one did.
    struct Result: Sendable {
        var outcomes: [ImportOutcome]
        var ending: BackendError?
    }

    let backend: any Backend
    let concurrency: Int
    var retry = RetryPolicy(maxAttempts: 5)

    /// Sends `rows`; `ended` hears each row's outcome as it comes, on one task at a time.
    func run(
        _ rows: [ImportRow], shouldStop: @escaping @Sendable () -> Bool,
        ended: (Int, ImportOutcome) -> Void = { _, _ in }
    ) async -> Result {
        let gate = Gate()
        var result = Result(outcomes: Array(repeating: .notSent, count: rows.count))
        await withTaskGroup(of: (Int, ImportOutcome, BackendError?).self) { group in
            var next = 0
            func startNext() {
                guard next < rows.count, result.ending == nil, !shouldStop() else { return }
                let index = next, invitation = rows[index].invitation
                next += 1
                group.addTask {
                    let (outcome, error) = await send(invitation, gate: gate, shouldStop: shouldStop)
                    return (index, outcome, error)
                }
            }
            for _ in 0..<max(1, concurrency) { startNext() }
            while let (index, outcome, error) = await group.next() {
                result.outcomes[index] = outcome
                if let error, Self.endsTheRun(error) { result.ending = error }
                ended(index, outcome)
                startNext()
            }
        }
        return result
    }

    /// One row's outcome, and the error of its last attempt when it failed.
    private func send(
        _ invitation: Invitation, gate: Gate, shouldStop: @Sendable () -> Bool
    ) async -> (ImportOutcome, BackendError?) {
        var random = SystemRandomNumberGenerator()
        var attempt = 1
        while true {
            await Self.pause(until: gate.opens, shouldStop: shouldStop)
            if attempt > 1 && shouldStop() { return (.notSent, nil) }
            do throws(BackendError) {
                try await backend.inviteUser(invitation)
                return (.invited, nil)
            } catch {
                guard error.isRetryable, attempt < retry.maxAttempts, !shouldStop() else {
                    return (ImportOutcome(error), error)
                }
                var retryAfter: Double?
                if case .rateLimited(let seconds) = error { retryAfter = seconds }
                let wait = retry.delay(afterAttempt: attempt, retryAfter: retryAfter, using: &random)
                let until = ContinuousClock.now + .seconds(wait)
                if retryAfter != nil { gate.close(until: until) }
                await Self.pause(until: until, shouldStop: shouldStop)
                attempt += 1
            }
        }
    }

    /// Waits until `instant`, or until `shouldStop` says so (asked every 50 ms).
    private static func pause(until instant: ContinuousClock.Instant, shouldStop: @Sendable () -> Bool) async {
        while ContinuousClock.now < instant && !shouldStop() {
            try? await Task.sleep(until: min(instant, .now + .milliseconds(50)))
        }
    }

    /// When the next request may start: a 429's Retry-After holds every row, not only its own.
    private final class Gate: Sendable {
        private let instant = Mutex(ContinuousClock.now)

        var opens: ContinuousClock.Instant { instant.withLock { $0 } }

        func close(until later: ContinuousClock.Instant) {
            instant.withLock { $0 = max($0, later) }
        }
    }
}
