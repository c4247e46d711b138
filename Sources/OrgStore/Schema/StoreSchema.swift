import GRDB
import OrgRecords

/// The store's schema: every migration, in the order it runs.
enum StoreSchema {
    /// Every migration, oldest first. Append new steps at the end; never edit, remove or reorder one,
    /// because files written by older versions hold their names.
    static let migrations: [StoreMigration] = [
        .initial,
        SQLiteTokenStore.migration,
        AuditEntry.targetIndex,
        UserFilter.migration,
        .memberNames,
        .auditPeople,
        .nameKeys,
    ]

    /// A migrator that runs `migrations` in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.identifier, migrate: migration.migrate)
        }
        return migrator
    }
}
