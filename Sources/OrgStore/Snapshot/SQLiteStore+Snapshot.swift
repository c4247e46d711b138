import GRDB
import OrgModel

extension SQLiteStore {
    /// The store's rows as they are now, to be read a batch at a time: a consistent snapshot, whatever other
    /// connections or processes write meanwhile.
    public func snapshot() throws(BackendError) -> SQLiteSnapshot {
        do {
            return try SQLiteSnapshot(pool)
        } catch SQLiteSnapshot.StoreError.noOrganization {
            throw BackendError.unusableStore("The store holds no organization.")
        } catch {
            throw BackendError(storeError: error)
        }
    }
}
