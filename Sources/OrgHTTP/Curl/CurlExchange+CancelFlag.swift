import CCurl
import Foundation

extension CurlExchange {
    /// A flag that a libcurl transfer polls and any thread may raise, in memory of its own.
    final class CancelFlag: Sendable {
        nonisolated(unsafe) let pointer: UnsafeMutablePointer<Int32>

        init() {
            pointer = .allocate(capacity: 1)
            pointer.initialize(to: 0)
        }

        deinit { pointer.deallocate() }

        func cancel() { ccurl_cancel(pointer) }
    }
}
