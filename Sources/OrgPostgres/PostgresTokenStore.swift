import Foundation
import OrgModel
import OrgRecords
import PostgresNIO

/// The personal access tokens kept in the PostgreSQL store (`access_token`), as `SQLiteTokenStore` keeps them
/// in a SQLite store. Every change to them is a write, so it moves the change counter that authenticators watch.
public struct PostgresTokenStore: TokenStore {
    let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public func add(email: String, name: String, secretHash: String) async throws(BackendError) -> TokenRecord {
        let logger = store.logger
        return try await store.write { connection in
            guard
                let (userID, memberEmail) = try await connection.query(
                    "SELECT id, email FROM member WHERE lower(email) = lower(\(email))", logger: logger
                ).collect().first?.decode((String, String).self)
            else { throw BackendError.notFound }
            let record = TokenRecord(
                id: UUID().uuidString.lowercased().prefix(8).description, userID: userID, email: memberEmail,
                name: name, createdAt: Date())
            try await connection.query(
                """
                INSERT INTO access_token (id, user_id, email, name, secret_hash, created_at)
                VALUES (\(record.id), \(record.userID), \(record.email), \(record.name), \(secretHash),
                        \(record.createdAt))
                """, logger: logger)
            return record
        }
    }

    public func list() async throws(BackendError) -> [TokenRecord] {
        let logger = store.logger
        return try await store.read { connection in
            try await records(
                connection.query(
                    "SELECT id, user_id, email, name, created_at, secret_hash FROM access_token ORDER BY created_at, id",
                    logger: logger)
            ).map(\.record)
        }
    }

    public func revoke(id: String) async throws(BackendError) {
        let logger = store.logger
        try await store.write { connection in
            let deleted = try await connection.query(
                "DELETE FROM access_token WHERE id = \(id) RETURNING id", logger: logger
            ).first(String.self)
            if deleted == nil { throw BackendError.notFound }
        }
    }

    public func candidates(email: String) async throws(BackendError) -> [(record: TokenRecord, secretHash: String)] {
        let logger = store.logger
        return try await store.read { connection in
            try await records(
                connection.query(
                    """
                    SELECT id, user_id, email, name, created_at, secret_hash FROM access_token
                    WHERE lower(email) = lower(\(email))
                    """, logger: logger))
        }
    }

    /// The rows of (id, user_id, email, name, created_at, secret_hash) as records with their hashes.
    private func records(_ rows: PostgresRowSequence) async throws -> [(record: TokenRecord, secretHash: String)] {
        var records: [(record: TokenRecord, secretHash: String)] = []
        for try await (id, userID, email, name, created, hash) in rows.decode(
            (String, String, String, String, Date, String).self)
        {
            records.append(
                (TokenRecord(id: id, userID: userID, email: email, name: name, createdAt: created), hash))
        }
        return records
    }
}
