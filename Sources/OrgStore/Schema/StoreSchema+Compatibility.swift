import Foundation
import GRDB
import OrgModel

extension StoreSchema {
    /// Checks, through a read-only connection that cannot change the file, that the file at `path` is an
    /// orgtui store that this version understands: throws `.unusableStore` with the reason when it must
    /// not be opened for writing. Returns whether every schema step of this version is already applied
    /// (nothing to migrate).
    static func requireCompatible(path: String) throws(BackendError) -> Bool {
        let unknown: [String], missing: Bool
        do {
            var configuration = SQLiteStore.configuration
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            (unknown, missing) = try queue.read { db in
                // One query, where `tableExists` would load the whole schema's description.
                let tables = try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM sqlite_master
                        WHERE type = 'table' AND name IN ('grdb_migrations', 'organization')
                        """)
                guard tables == 2 else {
                    throw BackendError.unusableStore(
                        "\(path) is an SQLite database but not an orgtui store; it was left unchanged.")
                }
                let known = Set(StoreSchema.migrations.map(\.identifier))
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
                return (applied.filter { !known.contains($0) }, !known.isSubset(of: applied))
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .unusableStore("\(path) is not an orgtui store (not an SQLite database); it was left unchanged.")
        } catch {
            throw BackendError(storeError: error)
        }
        if !unknown.isEmpty {
            throw .unusableStore(
                """
                \(path) was written by a newer version of orgtui (schema steps \(unknown.joined(separator: ", ")) \
                are unknown to this one); it was left unchanged. Upgrade orgtui to open it.
                """)
        }
        return !missing
    }
}
