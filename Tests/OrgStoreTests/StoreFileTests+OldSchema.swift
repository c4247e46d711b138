import GRDB
@testable import OrgStore

extension StoreFileTests {
    /// Makes `name` in the suite's directory as an older orgtui left it: WAL mode, the schema up to `step`,
    /// the organization Acme Robotics (short name acme, created by `u1`), then what `fill` writes. Returns
    /// its path, closed, for a test to open with this version.
    func oldStore(_ name: String, upTo step: String, _ fill: @escaping @Sendable (Database) throws -> Void)
        async throws -> String
    {
        let path = directory.file(name)
        let old = try DatabaseQueue(path: path, configuration: SQLiteStore.configuration)
        try await old.write { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        try StoreSchema.migrator.migrate(old, upTo: step)
        try await old.write { db in
            try db.execute(
                sql: """
                    INSERT INTO organization VALUES (1, 'org_1', 'Acme Robotics', 'acme', '2026-01-01', '2026-01-01', 'u1')
                    """)
            try fill(db)
        }
        try old.close()
        return path
    }
}
