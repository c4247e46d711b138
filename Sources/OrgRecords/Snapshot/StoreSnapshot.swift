/// A store's rows as they were at one moment, read a batch at a time: what `orgtui store copy` carries from a
/// local store to PostgreSQL. Every batch comes from the same consistent state, whatever another process
/// writes meanwhile, and only one batch is in memory at a time. Values are kept as the store holds them.
public protocol StoreSnapshot: Sendable {
    /// The organization's row.
    var organization: SnapshotRow.Organization { get }
    /// How many rows each table holds, by the names `orgtui store copy` prints, in its order.
    var counts: [(table: String, rows: Int)] { get }

    /// Members in the order of their rows, with their roles, `size` at a time.
    func members(batchesOf size: Int, _ body: ([SnapshotRow.Member]) async throws -> Void) async throws

    /// Access tokens, `size` at a time.
    func tokens(batchesOf size: Int, _ body: ([SnapshotRow.Token]) async throws -> Void) async throws

    /// Pending invitations, `size` at a time.
    func invitations(batchesOf size: Int, _ body: ([SnapshotRow.Invitation]) async throws -> Void) async throws

    /// The outbox, oldest first, `size` at a time.
    func outbox(batchesOf size: Int, _ body: ([SnapshotRow.Message]) async throws -> Void) async throws

    /// The audit log, oldest first, with its ids, `size` at a time.
    func audit(batchesOf size: Int, _ body: ([SnapshotRow.Audit]) async throws -> Void) async throws
}
