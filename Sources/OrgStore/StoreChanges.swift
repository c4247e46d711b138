import Foundation
import GRDB
import OrgModel

/// Tells cheaply whether anything was committed to a store, by this process or any other: it keeps a
/// connection of its own, on which SQLite's `PRAGMA data_version` changes exactly when another
/// connection has committed. One statement, with no transaction to begin and end.
public final class StoreChanges: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var connection: DatabaseQueue?

    /// Watches `store`; the connection opens on the first `version()`.
    public convenience init(store: SQLiteStore) {
        self.init(path: store.path)
    }

    /// Watches the store at `path` on `connection` (a read-only one will do), else on one of its own.
    init(path: String, connection: DatabaseQueue? = nil) {
        self.path = path
        self.connection = connection
    }

    /// A number that grows whenever a change has been committed to the store since the last call.
    public func version() throws(BackendError) -> Int {
        do {
            return try lock.withLock {
                let connection = try connection ?? DatabaseQueue(path: path, configuration: SQLiteStore.configuration)
                self.connection = connection
                return try connection.inDatabase { db in
                    try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version"))
                } ?? 0
            }
        } catch {
            throw BackendError(storeError: error)
        }
    }
}
