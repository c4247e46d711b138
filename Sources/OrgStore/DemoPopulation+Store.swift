import Foundation
import GRDB
import OrgModel

extension DemoPopulation {
    /// The page cache, in KiB, of the store's writer while it loads a demo population: imported rows
    /// land at random places in the id, email and order indexes, which thrash SQLite's default 2 MB.
    static let bulkCacheKiB = 256 * 1024

    /// Creates a store at `path` for the demo organization and admin, filled with `users` members of
    /// the population for `seed`, imported `batchSize` at a time; `progress` hears the number imported
    /// after each batch. Refuses an existing file; on failure removes what it created.
    public static func createStore(at path: String, users: Int, seed: UInt64 = 1, batchSize: Int = 100_000,
                                   progress: (Int) -> Void = { _ in }) throws(BackendError) -> SQLiteStore {
        let store = try SQLiteStore.create(at: path, organization: organization, admin: admin)
        var population = DemoPopulation(seed: seed)
        var imported = 0
        do {
            try setWriterCache(store, kibibytes: bulkCacheKiB)
            while imported < users {
                let batch = population.next(min(batchSize, users - imported))
                try store.importMembers(batch)
                imported += batch.count
                progress(imported)
            }
            try setWriterCache(store, kibibytes: nil)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
        return store
    }

    /// Sets the page cache of the store's writer connection, or back to SQLite's default when nil.
    private static func setWriterCache(_ store: SQLiteStore, kibibytes: Int?) throws(BackendError) {
        do {
            try store.pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = \(-(kibibytes ?? 2_000))")
            }
        } catch {
            throw BackendError(storeError: error)
        }
    }
}
