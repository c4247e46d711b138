import GRDB

/// One named step of the store's schema. Steps are listed, in order, in `StoreSchema.migrations`.
struct StoreMigration: Sendable {
    /// The name recorded in the file once the step has run; never change it.
    let identifier: String
    /// Applies the step inside the migrator's transaction.
    let migrate: @Sendable (Database) throws -> Void
}
