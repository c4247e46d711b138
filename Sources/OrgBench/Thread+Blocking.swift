import Foundation

extension Thread {
    /// `body` on a thread of its own, awaited: waiting for a child on one of the concurrency pool's threads (two
    /// on a 2-core machine) would leave a server in this process only the other, and Foundation's
    /// `Process.waitUntilExit` there may never return.
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }
}
