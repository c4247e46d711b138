import Foundation
import OrgModel
import PostgresNIO

extension PostgresClient {
    /// `withConnection`, but `.unavailable` when no connection could be had within `wait` (the pool would
    /// otherwise wait for ever for a database that is down or a URL that names no database); once `body` has
    /// its connection, it runs as long as it takes.
    func lease<T: Sendable>(
        within wait: Duration = .seconds(10), _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let leased = Flag()
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await self.withConnection { connection in
                    leased.set()
                    return try await body(connection)
                }
            }
            group.addTask {
                try await Task.sleep(for: wait)
                if leased.isSet { return nil }
                throw BackendError.unavailable(
                    """
                    The database did not answer within \(wait.components.seconds) s: is it running, and does the URL \
                    name a database that its user may use?
                    """)
            }
            while let result = try await group.next() {
                if let value = result {
                    group.cancelAll()
                    return value
                }
            }
            throw CancellationError()
        }
    }

    /// A flag set once, from any thread.
    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false

        var isSet: Bool { lock.withLock { value } }

        func set() { lock.withLock { value = true } }
    }
}
