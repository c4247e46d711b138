import OrgModel
import Synchronization

/// Reads that concurrent callers of one key share: while a read for a key is under way, another caller with that
/// key awaits it instead of making its own, so a burst of requests missing a cache at once (the first after a
/// start or a change) makes one read, not one each. The key must say everything the value depends on (the
/// member, the query and the store's version for a cached answer).
final class InFlightReads<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let reads = Mutex<[Key: Task<Result<Value, BackendError>, Never>]>([:])

    /// The value that `read` reads for `key`, or the one a read for `key` already under way finds.
    func value(for key: Key, read: @escaping @Sendable () async throws(BackendError) -> Value)
        async throws(BackendError) -> Value
    {
        let answer = reads.withLock { reads in
            if let running = reads[key] { return running }
            let task = Task { () -> Result<Value, BackendError> in
                defer { self.reads.withLock { $0[key] = nil } }
                do throws(BackendError) {
                    return .success(try await read())
                } catch {
                    return .failure(error)
                }
            }
            reads[key] = task
            return task
        }
        return try await answer.value.get()
    }
}
