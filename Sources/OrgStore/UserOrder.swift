import GRDB
import OrgModel

/// Pages of all users in order (name key, then id) at a cost that does not grow with the offset.
///
/// `user_bucket` splits that order into runs: each row holds a run's lower bound (`lo_key`, `lo_id`)
/// and how many users fall in it; triggers keep the counts exact. A page at offset k sums the counts
/// of the runs before it (about n / `targetSize` rows), then skips fewer than `maxSize` index entries
/// inside one run. `balance` splits runs that grew past `maxSize` and drops empty ones.
enum UserOrder {
    /// A run is split in two once it holds more users than this.
    static let maxSize = 2_000
    /// The run size a rebuild aims at.
    static let targetSize = 1_000

    /// How many users there are.
    static func count(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT total(count) FROM user_bucket") ?? 0
    }

    /// The users at positions `offset ..< offset + limit` of the order, and the number of users.
    static func page(_ db: Database, offset: Int, limit: Int) throws -> UserPage {
        let count = try count(db)
        guard limit > 0, offset < count else { return UserPage(count: count, items: []) }
        guard let start = try Row.fetchOne(db, sql: """
            SELECT lo_key, lo_id, running - count AS before FROM (
                SELECT lo_key, lo_id, count, sum(count) OVER (ORDER BY lo_key, lo_id) AS running FROM user_bucket)
            WHERE running > ? ORDER BY lo_key, lo_id LIMIT 1
            """, arguments: [offset]) else { return UserPage(count: count, items: []) }
        let before: Int = start["before"]
        let items = try Row.fetchAll(db, sql: """
            SELECT id, name, email FROM user WHERE (name_key, id) >= (?, ?)
            ORDER BY name_key, id LIMIT ? OFFSET ?
            """, arguments: [start["lo_key"], start["lo_id"], limit, offset - before])
            .map { User(id: $0["id"], name: $0["name"], email: $0["email"]) }
        return UserPage(count: count, items: items)
    }

    /// Splits every run larger than `maxSize` and removes empty runs (except the first, which bounds
    /// everything from below).
    static func balance(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM user_bucket WHERE count = 0 AND (lo_key, lo_id) > ('', '')")
        while let row = try Row.fetchOne(db, sql: "SELECT lo_key, lo_id, count FROM user_bucket WHERE count > ? LIMIT 1",
                                         arguments: [maxSize]) {
            let size: Int = row["count"]
            let half = size / 2
            guard let middle = try Row.fetchOne(db, sql: """
                SELECT name_key, id FROM user WHERE (name_key, id) >= (?, ?) ORDER BY name_key, id LIMIT 1 OFFSET ?
                """, arguments: [row["lo_key"], row["lo_id"], half]) else {
                throw BackendError.unavailable("The store's order index is out of step; run a rebuild.")
            }
            try db.execute(sql: "UPDATE user_bucket SET count = ? WHERE lo_key = ? AND lo_id = ?",
                           arguments: [half, row["lo_key"], row["lo_id"]])
            try db.execute(sql: "INSERT INTO user_bucket (lo_key, lo_id, count) VALUES (?, ?, ?)",
                           arguments: [middle["name_key"], middle["id"], size - half])
        }
    }

    /// Recomputes every run from the users, `targetSize` users per run.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM user_bucket")
        try db.execute(sql: """
            INSERT INTO user_bucket (lo_key, lo_id, count)
            SELECT CASE WHEN position = 0 THEN '' ELSE name_key END, CASE WHEN position = 0 THEN '' ELSE id END,
                   min(?1, total - position)
            FROM (SELECT name_key, id, row_number() OVER (ORDER BY name_key, id) - 1 AS position,
                         count(*) OVER () AS total FROM user)
            WHERE position % ?1 = 0
            """, arguments: [targetSize])
        try db.execute(sql: "INSERT OR IGNORE INTO user_bucket (lo_key, lo_id, count) VALUES ('', '', 0)")
    }
}
