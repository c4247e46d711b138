import Foundation
import GRDB
import OrgRecords

/// A local store's rows as they were at one moment (see `StoreSnapshot`): it holds one read transaction open (a
/// GRDB `DatabaseSnapshot`), so every batch comes from the same consistent state whatever another process writes
/// meanwhile.
public final class SQLiteSnapshot: StoreSnapshot {
    public let organization: SnapshotRow.Organization
    /// How many rows each table holds, by the names `orgtui store copy` prints, in its order.
    public let counts: [(table: String, rows: Int)]
    private let database: DatabaseSnapshot

    /// The snapshot of `pool` as it is now; throws when it holds no organization.
    init(_ pool: DatabasePool) throws {
        database = try pool.makeSnapshot()
        (organization, counts) = try database.read { db in
            guard let org = try Row.fetchOne(db, sql: "SELECT * FROM organization") else {
                throw StoreError.noOrganization
            }
            let organization = SnapshotRow.Organization(
                id: org["id"], name: org["name"], shortName: org["short_name"], meID: org["me_id"],
                createdAt: org["created_at"], updatedAt: org["updated_at"])
            let tables = [
                ("users", "member"), ("roles", "member_role"), ("tokens", "access_token"),
                ("invitations", "invitation"), ("outbox", "outbox"), ("audit", "audit"),
            ]
            let counts = try tables.map { name, table in
                (table: name, rows: try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0)
            }
            return (organization, [(table: "organization", rows: 1)] + counts)
        }
    }

    /// Why a snapshot cannot be made.
    enum StoreError: Error {
        case noOrganization
    }

    /// Members in the order of their rows, with their roles, `size` at a time.
    public func members(batchesOf size: Int, _ body: ([SnapshotRow.Member]) async throws -> Void) async throws {
        try await batches(of: "member", size: size, body) { db, rows in
            var roles: [Int64: [String]] = [:]
            if let first = rows.first?["seq"] as Int64?, let last = rows.last?["seq"] as Int64? {
                let found = try Row.fetchCursor(
                    db,
                    sql:
                        "SELECT member_seq, role FROM member_role WHERE member_seq BETWEEN ? AND ? ORDER BY member_seq, role",
                    arguments: [first, last])
                while let row = try found.next() { roles[row["member_seq"], default: []].append(row["role"]) }
            }
            return rows.map { row in
                SnapshotRow.Member(
                    id: row["id"], name: row["name"], email: row["email"], connection: row["connection"],
                    roles: roles[row["seq"]] ?? [])
            }
        }
    }

    /// Access tokens, `size` at a time.
    public func tokens(batchesOf size: Int, _ body: ([SnapshotRow.Token]) async throws -> Void) async throws {
        try await batches(of: "access_token", size: size, body) { _, rows in rows.map(SnapshotRow.Token.init) }
    }

    /// Pending invitations, `size` at a time.
    public func invitations(batchesOf size: Int, _ body: ([SnapshotRow.Invitation]) async throws -> Void) async throws {
        try await batches(of: "invitation", size: size, body) { _, rows in rows.map(SnapshotRow.Invitation.init) }
    }

    /// The outbox, oldest first, `size` at a time.
    public func outbox(batchesOf size: Int, _ body: ([SnapshotRow.Message]) async throws -> Void) async throws {
        try await batches(of: "outbox", size: size, body) { _, rows in rows.map(SnapshotRow.Message.init) }
    }

    /// The audit log, oldest first, with its ids, `size` at a time.
    public func audit(batchesOf size: Int, _ body: ([SnapshotRow.Audit]) async throws -> Void) async throws {
        try await batches(of: "audit", size: size, body) { _, rows in rows.map(SnapshotRow.Audit.init) }
    }

    /// The rows of `table` in rowid order, `size` at a time: each batch read from the snapshot and made into
    /// values by `values`, then handed to `body`, before the next is read.
    private func batches<Value: Sendable>(
        of table: String, size: Int, _ body: ([Value]) async throws -> Void,
        values: @escaping @Sendable (Database, [Row]) throws -> [Value]
    ) async throws {
        var after = Int64.min
        while true {
            let from = after
            let (batch, last): ([Value], Int64?) = try await database.read { db in
                let rows = try Row.fetchAll(
                    db, sql: "SELECT rowid AS row_key, * FROM \(table) WHERE rowid > ? ORDER BY rowid LIMIT ?",
                    arguments: [from, max(1, size)])
                return (try values(db, rows), rows.last?["row_key"])
            }
            guard let last else { return }
            try await body(batch)
            after = last
        }
    }
}
