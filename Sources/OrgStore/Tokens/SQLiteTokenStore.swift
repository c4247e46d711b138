import Foundation
import GRDB
import OrgModel
import OrgRecords

/// The personal access tokens kept in a store, for `orgtui serve`: only a hash of each secret is stored.
/// Deleting a member deletes their tokens.
public struct SQLiteTokenStore: TokenStore {
    let store: SQLiteStore

    public init(store: SQLiteStore) {
        self.store = store
    }

    /// The migration that adds the token table.
    static let migration = StoreMigration(identifier: "v2-access-tokens") { db in
        try db.execute(
            sql: """
                CREATE TABLE access_token (
                    id TEXT PRIMARY KEY,
                    user_id TEXT NOT NULL REFERENCES user(id) ON DELETE CASCADE ON UPDATE CASCADE,
                    email TEXT NOT NULL COLLATE NOCASE,
                    name TEXT NOT NULL,
                    secret_hash TEXT NOT NULL,
                    created_at DATETIME NOT NULL
                );
                CREATE INDEX access_token_by_email ON access_token(email);
                """)
    }

    /// Records a token for the member with `email`, keeping `secretHash` only. Throws `.notFound` when no
    /// member has that email.
    public func add(email: String, name: String, secretHash: String) throws(BackendError) -> TokenRecord {
        try store.write { db in
            guard let userID = try MemberRecord.id(ofEmail: email, db),
                let user = try MemberRecord.fetch(db, id: userID)
            else { throw BackendError.notFound }
            let record = TokenRecord(
                id: UUID().uuidString.lowercased().prefix(8).description, userID: userID, email: user.details.email,
                name: name, createdAt: Date()
            )
            try db.execute(
                sql: """
                    INSERT INTO access_token (id, user_id, email, name, secret_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [record.id, record.userID, record.email, record.name, secretHash, record.createdAt]
            )
            return record
        }
    }

    /// Every token, oldest first.
    public func list() throws(BackendError) -> [TokenRecord] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM access_token ORDER BY created_at, id").map(Self.record)
        }
    }

    /// Deletes the token with this id; `.notFound` when there is none.
    public func revoke(id: String) throws(BackendError) {
        try store.write { db in
            try db.execute(sql: "DELETE FROM access_token WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw BackendError.notFound }
        }
    }

    /// The tokens issued for `email`, each with its secret's hash, for the caller to compare in constant time.
    /// One indexed lookup, read on the caller's thread.
    public func candidates(email: String) async throws(BackendError) -> [(record: TokenRecord, secretHash: String)] {
        try store.readInPlace { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM access_token WHERE email = ?"), arguments: [email])
                .map { (record: Self.record($0), secretHash: $0["secret_hash"]) }
        }
    }

    private static func record(_ row: Row) -> TokenRecord {
        TokenRecord(
            id: row["id"], userID: row["user_id"], email: row["email"], name: row["name"], createdAt: row["created_at"])
    }
}
