import GRDB
@testable import OrgStore
import Testing

extension StoreAuditTests {
    @Test func aStoreFromBeforeTheAuditIndexGainsItWhenOpenedAndTheUserFilterUsesIt() throws {
        defer { directory.remove() }
        let path = directory.file("old.sqlite")
        let old = try SQLiteStore.create(
            at: path, organization: StoreFileTests.organization, admin: StoreFileTests.admin)
        try old.pool.write { db in
            try db.execute(sql: "DROP INDEX audit_by_target")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3-audit-by-target'")
        }
        try old.pool.close()

        let opened = try SQLiteStore(openingAt: path)
        let plan = try opened.pool.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT id FROM audit WHERE target = 'x' ORDER BY id DESC LIMIT 10"
            ).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("audit_by_target") })
    }
}
