import GRDB
import OrgModel

extension SQLiteStore {
    /// Runs `body` in a read transaction; every error becomes a `BackendError`.
    func read<T>(_ body: (Database) throws -> T) throws(BackendError) -> T {
        do { return try pool.read(body) } catch { throw BackendError(storeError: error) }
    }

    /// Runs `body` in an immediate write transaction, then rebalances the order index; every error
    /// rolls the transaction back and becomes a `BackendError`.
    func write<T>(_ body: (Database) throws -> T) throws(BackendError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in try Self.immediateTransaction(db, body) }
        } catch {
            throw BackendError(storeError: error)
        }
    }

    /// `read`, on the caller's thread even from async code: for short reads of bounded cost, where
    /// handing the work to a reader's queue and back would cost more than the read. It uses connections of
    /// its own, so that callers blocked here never wait for the pool's readers (see `inPlaceReaders`).
    func readInPlace<T>(_ body: (Database) throws -> T) throws(BackendError) -> T {
        do { return try inPlaceReaders.read(body) } catch { throw BackendError(storeError: error) }
    }

    /// `read`, without blocking the caller's thread.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(BackendError) -> T {
        do { return try await pool.read(body) } catch { throw BackendError(storeError: error) }
    }

    /// `write`, without blocking the caller's thread.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(BackendError) -> T {
        do {
            return try await pool.writeWithoutTransaction { db in try Self.immediateTransaction(db, body) }
        } catch {
            throw BackendError(storeError: error)
        }
    }

    /// Runs `body` and the order index's rebalancing in one immediate transaction.
    private static func immediateTransaction<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        var result: T?
        try db.inTransaction(.immediate) {
            result = try body(db)
            try UserOrder.balance(db)
            return .commit
        }
        return result!
    }
}
