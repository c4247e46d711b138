import OrgModel
import Synchronization

/// Whether the server can do its work: its store or database answers a trivial query within `timeout`.
/// `GET /readyz` asks it on every request, so it follows a database that stops and comes back.
public struct Readiness: Sendable {
    private let check: @Sendable () async throws(BackendError) -> Void

    /// How long the check may take before the server counts as not ready.
    static let timeout = Duration.seconds(1)

    /// Ready when `check` returns within `timeout`.
    public init(check: @escaping @Sendable () async throws(BackendError) -> Void) {
        self.check = check
    }

    /// Ready when `backend` reads its change counter, one trivial query.
    public init(backend: any Backend) {
        self.init { () throws(BackendError) in _ = try await backend.changeCounter() }
    }

    /// Ready while the server serves, for a server with nothing to check.
    public static let serving = Readiness {}

    /// Nil when ready, else why not, as a sentence. A check still running after `timeout` is left to end on
    /// its own (it is cancelled), so that the answer never waits longer.
    func problem() async -> String? {
        let answer = Answer()
        return await withCheckedContinuation { continuation in
            answer.set(continuation)
            let checking = Task { [check] in
                do throws(BackendError) {
                    try await check()
                    answer.resume(with: nil)
                } catch {
                    answer.resume(with: error.message)
                }
            }
            Task {
                try? await Task.sleep(for: Self.timeout)
                answer.resume(with: "The store did not answer within 1 s.")
                checking.cancel()
            }
        }
    }

    /// The first of the check's result and the timeout, given once.
    private final class Answer: Sendable {
        private let continuation = Mutex<CheckedContinuation<String?, Never>?>(nil)

        func set(_ waiting: CheckedContinuation<String?, Never>) {
            continuation.withLock { $0 = waiting }
        }

        func resume(with problem: String?) {
            continuation.withLock { waiting in
                waiting?.resume(returning: problem)
                waiting = nil
            }
        }
    }
}
