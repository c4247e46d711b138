import Synchronization

extension CurlExchange {
    /// A continuation that is resumed by whichever of two parties comes first (the answer, or its
    /// cancellation); the other's result is dropped.
    final class ResumeOnce<Value: Sendable>: Sendable {
        private let state = Mutex<
            (
                continuation: CheckedContinuation<Value, any Error>?, early: Result<Value, any Error>?, done: Bool
            )
        >((nil, nil, false))

        /// Stores the continuation; resumes it at once if a result came first.
        func set(_ continuation: CheckedContinuation<Value, any Error>) {
            let early: Result<Value, any Error>? = state.withLock { state in
                if let early = state.early {
                    state.done = true
                    return early
                }
                state.continuation = continuation
                return nil
            }
            if let early { continuation.resume(with: early) }
        }

        /// Resumes with `result` unless already resumed.
        func resume(with result: Result<Value, any Error>) {
            let continuation: CheckedContinuation<Value, any Error>? = state.withLock { state in
                guard !state.done else { return nil }
                guard let continuation = state.continuation else {
                    if state.early == nil { state.early = result }
                    return nil
                }
                state.done = true
                state.continuation = nil
                return continuation
            }
            continuation?.resume(with: result)
        }
    }
}
