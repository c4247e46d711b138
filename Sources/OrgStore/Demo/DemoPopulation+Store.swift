import Foundation
import OrgModel

extension DemoPopulation {
    /// Creates a store at `path` for the demo organization and admin, filled with `users` members of
    /// the population for `seed`, imported `batchSize` at a time; `progress` hears the number imported
    /// after each batch. Refuses an existing file; on failure removes what it created.
    public static func createStore(
        at path: String, users: Int, seed: UInt64 = 1, batchSize: Int = 100_000,
        progress: (Int) -> Void = { _ in }
    ) throws(BackendError) -> SQLiteStore {
        let store = try SQLiteStore.create(at: path, organization: organization, admin: admin)
        var population = DemoPopulation(seed: seed)
        var imported = 0
        do {
            while imported < users {
                let batch = population.next(min(batchSize, users - imported))
                try store.importMembers(batch)
                imported += batch.count
                progress(imported)
            }
        } catch {
            store.removeCreatedFiles()
            throw error
        }
        return store
    }
}
