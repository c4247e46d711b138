import Foundation
import OrgModel

/// Runs a Backend call from a synchronous command: the call runs on a thread of its own (a `ThreadExecutor`)
/// while the command's thread waits for its result.
package enum Blocking {
    /// The result of `body`, or the error it threw.
    package static func wait<T: Sendable, Failure: Error>(
        _ body: @escaping @Sendable () async throws(Failure) -> T
    ) throws(Failure) -> T {
        let outcome = Outcome<T, Failure>()
        let executor = ThreadExecutor()
        defer { executor.stop() }
        Task(executorPreference: executor) {
            do throws(Failure) {
                outcome.result = .success(try await body())
            } catch {
                outcome.result = .failure(error)
            }
            outcome.done.signal()
        }
        outcome.done.wait()
        return try outcome.result!.get()
    }

    /// What `body` reads from `backend`; its `BackendError` becomes a `CLIFailure` with the status of its kind.
    static func read<T: Sendable>(
        _ backend: any Backend, _ body: @escaping @Sendable (any Backend) async throws(BackendError) -> T
    ) throws -> T {
        try CLIFailure.reporting { () throws(BackendError) in
            try wait { () throws(BackendError) in try await body(backend) }
        }
    }

    /// The result, written by the task before it signals `done` and read after the wait: the semaphore
    /// orders the two.
    private final class Outcome<T: Sendable, Failure: Error>: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var result: Result<T, Failure>?
    }
}
