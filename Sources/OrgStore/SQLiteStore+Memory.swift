import GRDBSQLite

extension SQLiteStore {
    /// Caps the heap memory SQLite keeps in this process at about `bytes` (its soft heap limit), so that the page
    /// caches (up to 128 MiB a connection) give pages back past it: for a command that reads a whole large
    /// store once, start to end, whose caches would otherwise fill with pages it never reads again.
    public static func limitMemory(to bytes: Int64) {
        sqlite3_soft_heap_limit64(bytes)
    }
}
