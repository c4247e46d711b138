import Foundation
import PostgresNIO

/// How the store uses its pool of connections, counted around each of its calls (PostgresNIO's pool does not
/// say): the calls holding a connection now, those waiting for one, and the most the pool opens.
public final class PostgresPoolUse: @unchecked Sendable {
    /// The counts at one moment.
    public struct Counts: Sendable, Equatable {
        /// Calls holding a connection.
        public var inUse = 0
        /// Calls waiting for a connection.
        public var waiting = 0
        /// The most connections the pool opens.
        public var size: Int
    }

    private let lock = NSLock()
    private var counts: Counts

    init(size: Int) {
        counts = Counts(size: size)
    }

    /// The counts now.
    public var now: Counts { lock.withLock { counts } }

    /// Runs `body` on a connection of `client`'s pool (`PostgresClient.lease`), counted as waiting until it
    /// has its connection, then in use until it returns.
    func lease<T: Sendable>(
        _ client: PostgresClient, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        lock.withLock { counts.waiting += 1 }
        let leased = Leased(use: self)
        defer { leased.end() }
        return try await client.lease { connection in
            leased.start()
            return try await body(connection)
        }
    }

    /// One call's part of the counts: waiting, then in use, then neither; a connection that comes after the
    /// call gave up waiting is not counted.
    private final class Leased: @unchecked Sendable {
        let use: PostgresPoolUse
        private var started = false
        private var ended = false

        init(use: PostgresPoolUse) { self.use = use }

        func start() {
            use.lock.withLock {
                guard !started, !ended else { return }
                started = true
                use.counts.waiting -= 1
                use.counts.inUse += 1
            }
        }

        func end() {
            use.lock.withLock {
                guard !ended else { return }
                ended = true
                if started { use.counts.inUse -= 1 } else { use.counts.waiting -= 1 }
            }
        }
    }
}
