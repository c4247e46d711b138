import Foundation
import Logging
import OrgModel
import OrgRecords
import PostgresNIO

/// Inserts a local store's rows into the tables of the PostgreSQL schema, in multi-row INSERTs of
/// `batchSize` rows (each column as one array), in the caller's transaction; then counts them.
struct PostgresCopier: Sendable {
    let connection: PostgresConnection
    let logger: Logger
    let batchSize: Int
    let progress: @Sendable (Int) -> Void

    /// Inserts every row of `snapshot`, then makes the order's runs anew and moves the id sequences past
    /// the copied ids.
    func insert(_ snapshot: some StoreSnapshot) async throws {
        let org = snapshot.organization
        try await connection.query(
            """
            INSERT INTO organization (singleton, id, name, short_name, created_at, updated_at, me_id)
            VALUES (1, \(org.id), \(org.name), \(org.shortName), \(org.createdAt), \(org.updatedAt), \(org.meID))
            """, logger: logger)
        var done = 0
        try await snapshot.members(batchesOf: batchSize) { batch in
            try await insertMembers(batch)
            done += batch.count
            progress(done)
        }
        try await snapshot.tokens(batchesOf: batchSize) { batch in
            try await connection.query(
                """
                INSERT INTO access_token (id, user_id, email, name, secret_hash, created_at)
                SELECT * FROM unnest(\(batch.map(\.id))::text[], \(batch.map(\.userID))::text[],
                                     \(batch.map(\.email))::text[], \(batch.map(\.name))::text[],
                                     \(batch.map(\.secretHash))::text[], \(batch.map(\.createdAt))::timestamptz[])
                """, logger: logger)
            done += batch.count
            progress(done)
        }
        try await snapshot.invitations(batchesOf: batchSize) { batch in
            try await connection.query(
                """
                INSERT INTO invitation (email, name, roles, connection, invited_by, invited_at)
                SELECT * FROM unnest(\(batch.map(\.email))::text[], \(batch.map(\.name))::text[],
                                     \(batch.map(\.roles))::text[], \(batch.map(\.connection))::text[],
                                     \(batch.map(\.invitedBy))::text[], \(batch.map(\.invitedAt))::timestamptz[])
                """, logger: logger)
            done += batch.count
            progress(done)
        }
        try await snapshot.outbox(batchesOf: batchSize) { batch in
            try await connection.query(
                """
                INSERT INTO outbox (id, kind, recipient, subject, body, created_at)
                SELECT * FROM unnest(\(batch.map(\.id))::bigint[], \(batch.map(\.kind))::text[],
                                     \(batch.map(\.recipient))::text[], \(batch.map(\.subject))::text[],
                                     \(batch.map(\.body))::text[], \(batch.map(\.createdAt))::timestamptz[])
                """, logger: logger)
            done += batch.count
            progress(done)
        }
        try await snapshot.audit(batchesOf: batchSize) { batch in
            // Arrays of the driver hold no NULL: a flag beside each text says whether it is absent.
            try await connection.query(
                """
                INSERT INTO audit (id, time, actor, action, target, before, after,
                                   actor_name, actor_email, target_name, target_email)
                SELECT id, time, actor, action, target,
                       CASE WHEN has_before THEN before END, CASE WHEN has_after THEN after END,
                       NULLIF(actor_name, ''), NULLIF(actor_email, ''),
                       NULLIF(target_name, ''), NULLIF(target_email, '')
                FROM unnest(\(batch.map(\.id))::bigint[], \(batch.map(\.time))::timestamptz[],
                            \(batch.map(\.actor))::text[], \(batch.map(\.action))::text[],
                            \(batch.map(\.target))::text[],
                            \(batch.map { $0.before ?? "" })::text[], \(batch.map { $0.before != nil })::bool[],
                            \(batch.map { $0.after ?? "" })::text[], \(batch.map { $0.after != nil })::bool[],
                            \(batch.map { $0.actorName ?? "" })::text[], \(batch.map { $0.actorEmail ?? "" })::text[],
                            \(batch.map { $0.targetName ?? "" })::text[], \(batch.map { $0.targetEmail ?? "" })::text[])
                     AS a(id, time, actor, action, target, before, has_before, after, has_after,
                          actor_name, actor_email, target_name, target_email)
                """, logger: logger)
            done += batch.count
            progress(done)
        }
        try await PostgresUserOrder.rebuild(connection, logger: logger)
        for table in ["outbox", "audit"] {
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT setval(pg_get_serial_sequence('\(table)', 'id'), coalesce(max(id), 0) + 1, false)
                        FROM \(table)
                        """), logger: logger)
        }
    }

    /// Members with their roles; the roles find their member's new row by id.
    private func insertMembers(_ batch: [SnapshotRow.Member]) async throws {
        try await connection.query(
            """
            INSERT INTO member (id, name, email, connection, name_key, search_key)
            SELECT * FROM unnest(\(batch.map(\.id))::text[], \(batch.map(\.name))::text[],
                                 \(batch.map(\.email))::text[], \(batch.map(\.connection))::text[],
                                 \(batch.map { User.sortKey($0.name) })::text[],
                                 \(batch.map { NameFold.key($0.name) })::text[])
            """, logger: logger)
        let roleIDs = batch.flatMap { member in member.roles.map { _ in member.id } }
        try await connection.query(
            """
            INSERT INTO member_role (member_seq, role)
            SELECT m.seq, r.role FROM unnest(\(roleIDs)::text[], \(batch.flatMap(\.roles))::text[]) AS r(id, role)
            JOIN member m ON m.id = r.id
            """, logger: logger)
    }

    /// Each table's rows in `snapshot` beside its rows in the database, in `StoreSnapshot.counts`' order.
    func counts(of snapshot: some StoreSnapshot) async throws -> [PostgresStore.CopyCount] {
        let tables = [
            "organization": "organization", "users": "member", "roles": "member_role", "tokens": "access_token",
            "invitations": "invitation", "outbox": "outbox", "audit": "audit",
        ]
        var counts: [PostgresStore.CopyCount] = []
        for (name, rows) in snapshot.counts {
            let copied =
                try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(tables[name] ?? name)"), logger: logger
                ).first(Int.self) ?? 0
            counts.append(PostgresStore.CopyCount(table: name, source: rows, copied: copied))
        }
        return counts
    }
}
