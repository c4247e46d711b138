import Foundation
import GRDB
import OrgModel

extension Organization {
    /// The store's organization.
    static func fetch(_ db: Database) throws -> Organization {
        guard
            let row = try Row.fetchOne(db, sql: "SELECT * FROM organization")
        else { throw BackendError.unusableStore("The store has no organization row; it is damaged.") }
        return Organization(
            id: row["id"], name: row["name"], shortName: row["short_name"],
            createdAt: StoredDate.date(row, "created_at"), updatedAt: StoredDate.date(row, "updated_at"))
    }
}
