import GRDB
import OrgModel

extension SQLiteStore {
    /// Copies the store into a new file at `path` with SQLite's online backup: the snapshot of one read
    /// transaction, taken while other connections and processes go on writing. The file is made as `create`
    /// makes a store: readable by its owner alone (0600), in a directory made 0700 when missing, and
    /// exclusively: `.conflict` when anything is at `path`, which is never overwritten. Returns the copy,
    /// opened; on failure removes what it made, and only that.
    public func backup(to path: String) throws(BackendError) -> SQLiteStore {
        try Files.prepareDirectory(for: path)
        try Files.createExclusively(at: path)
        do {
            let copy = try DatabaseQueue(path: path)
            try pool.backup(to: copy)
            try copy.close()
            return try SQLiteStore(openingAt: path)
        } catch {
            Files.removeCreated(at: path)
            throw BackendError(storeError: error)
        }
    }
}
