import Foundation
import GRDB
import OrgModel

extension StoreSchema {
    /// Checks, through a read-only connection that cannot change the file, that the file at `path` is an
    /// orgtui store that this version understands: throws `.unusableStore` with the reason when it must
    /// not be opened for writing. Returns the id of the store's admin ("me") when every schema step of this
    /// version is already applied (nil when steps are missing: the id is read once they are applied), and the
    /// connection, kept open for `StoreChanges`: opening the store then needs no other reader.
    static func requireCompatible(path: String) throws(BackendError) -> (meID: String?, connection: DatabaseQueue) {
        let unknown: [String], missing: Bool, meID: String, queue: DatabaseQueue
        do {
            var configuration = SQLiteStore.configuration
            configuration.readonly = true
            queue = try DatabaseQueue(path: path, configuration: configuration)
            (unknown, missing, meID) = try queue.read { db in
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
                let meID = try String.fetchOne(db, sql: "SELECT me_id FROM organization") ?? ""
                return (applied.filter { !known.contains($0) }, !known.isSubset(of: applied), meID)
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
        return (missing ? nil : meID, queue)
    }
}
