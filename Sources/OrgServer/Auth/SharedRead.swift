import OrgModel
import Synchronization

/// A read that many requests need fresh, such as a database's change counter: every caller gets a value read
/// after it called, but the callers that arrive while a read is under way share the next read instead of
/// making one each. However many requests wait, one read is in flight at a time, and no caller waits longer
/// than the read under way and its own.
public final class SharedRead<Value: Sendable>: Sendable {
    private typealias Answer = Task<Result<Value, BackendError>, Never>
    private let read: @Sendable () async throws(BackendError) -> Value
    /// The read under way (it may have begun before a caller came), the read that starts once it ends (it has
    /// not begun, so every caller may share it), and the last number given to a read.
    private let state = Mutex<
        (running: (number: Int, answer: Answer)?, next: (number: Int, answer: Answer)?, last: Int)
    >(
        (nil, nil, 0))

    /// Shares the reads of `read`.
    public init(_ read: @escaping @Sendable () async throws(BackendError) -> Value) {
        self.read = read
    }

    /// A value read after this call began: the next read, shared with every caller that comes before it begins.
    public func value() async throws(BackendError) -> Value {
        let answer = state.withLock { state in
            if let next = state.next { return next.answer }
            state.last += 1
            let number = state.last
            let previous = state.running?.answer
            let answer = Task { await self.run(number, after: previous) }
            if previous == nil { state.running = (number, answer) } else { state.next = (number, answer) }
            return answer
        }
        return try await answer.value.get()
    }

    /// Read `number`: once `previous` has ended, it becomes the read under way and reads.
    private func run(_ number: Int, after previous: Answer?) async -> Result<Value, BackendError> {
        if let previous {
            _ = await previous.value
            state.withLock { state in
                state.running = state.next
                state.next = nil
            }
        }
        defer {
            state.withLock { state in
                if state.running?.number == number { state.running = nil }
            }
        }
        do throws(BackendError) {
            return .success(try await read())
        } catch {
            return .failure(error)
        }
    }
}
