import Foundation

/// A counting semaphore for async code: at most `limit` holders at once, the rest wait in order.
public final class Limiter: @unchecked Sendable {
    private let lock = NSLock()
    private var available: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// A limiter with `limit` slots (at least one).
    public init(limit: Int) {
        available = max(1, limit)
    }

    /// Waits for a free slot and takes it.
    public func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            lock.lock()
            if available > 0 {
                available -= 1
                lock.unlock()
                continuation.resume()
            } else {
                waiters.append(continuation)
                lock.unlock()
            }
        }
    }

    /// Gives a slot back, to the longest waiter if there is one.
    public func release() {
        lock.lock()
        if waiters.isEmpty {
            available += 1
            lock.unlock()
        } else {
            let next = waiters.removeFirst()
            lock.unlock()
            next.resume()
        }
    }
}
