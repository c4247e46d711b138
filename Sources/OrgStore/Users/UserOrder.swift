import GRDB
import OrgModel

/// Pages of all users in order (name key, then id) at a cost that does not grow with the offset.
///
/// `member_bucket` splits that order into runs: each row holds a run's lower bound (`lo_key`, `lo_id`)
/// and how many users fall in it; triggers keep the counts exact. A page at offset k sums the counts
/// of the runs before it (500 to 1,000 rows for a million users), then skips fewer than `maxSize`
/// index entries inside one run. `balance` splits runs that grew past `maxSize` in two and drops
/// empty ones.
enum UserOrder {
    /// A run is split in two once it holds more users than this.
    static let maxSize = 2_000

    /// How many users there are.
    static func count(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT total(count) FROM member_bucket") ?? 0
    }

    /// The users at positions `offset ..< offset + limit` of the order, and the number of users.
    static func page(_ db: Database, offset: Int, limit: Int) throws -> UserPage {
        var (count, runsBefore, usersBefore) = (0, 0, 0)
        var found = false
        let sizes = try Int.fetchCursor(
            db.cachedStatement(sql: "SELECT count FROM member_bucket ORDER BY lo_key, lo_id"))
        while let size = try sizes.next() {
            if !found, count + size > offset {
                (found, usersBefore) = (true, count)
            } else if !found {
                runsBefore += 1
            }
            count += size
        }
        guard limit > 0, found,
            let start = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT lo_key, lo_id FROM member_bucket ORDER BY lo_key, lo_id LIMIT 1 OFFSET ?
                        """), arguments: [runsBefore])
        else { return UserPage(count: count, items: []) }
        let items = try User.fetchAll(
            db,
            sql: """
                SELECT id, name, email FROM member WHERE (name_key, id) >= (?, ?)
                ORDER BY name_key, id LIMIT ? OFFSET ?
                """, arguments: [start[0], start[1], limit, offset - usersBefore])
        return UserPage(count: count, items: items)
    }

    /// Adds the users whose `seq` is `first` or more to the counts of their runs, in one pass: what
    /// the insert trigger does row by row, for a bulk import that dropped it.
    static func countNewUsers(_ db: Database, from first: Int64) throws {
        let runOf = { (column: String) in
            """
            (SELECT \(column) FROM member_bucket WHERE (lo_key, lo_id) <= (u.name_key, u.id)
             ORDER BY lo_key DESC, lo_id DESC LIMIT 1)
            """
        }
        let additions = try Row.fetchAll(
            db,
            sql: """
                SELECT lo_key, lo_id, count(*) AS added FROM (
                    SELECT \(runOf("lo_key")) AS lo_key, \(runOf("lo_id")) AS lo_id FROM member u WHERE seq >= ?)
                GROUP BY lo_key, lo_id
                """, arguments: [first])
        for row in additions {
            try db.execute(
                sql: "UPDATE member_bucket SET count = count + ? WHERE lo_key = ? AND lo_id = ?",
                arguments: [row["added"], row["lo_key"], row["lo_id"]])
        }
    }

    /// Splits every run larger than `maxSize` and removes empty runs (except the first, which bounds
    /// everything from below).
    static func balance(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM member_bucket WHERE count = 0 AND (lo_key, lo_id) > ('', '')")
        while let row = try Row.fetchOne(
            db, sql: "SELECT lo_key, lo_id, count FROM member_bucket WHERE count > ? LIMIT 1",
            arguments: [maxSize])
        {
            let size: Int = row["count"]
            let half = size / 2
            guard
                let middle = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT name_key, id FROM member WHERE (name_key, id) >= (?, ?)
                        ORDER BY name_key, id LIMIT 1 OFFSET ?
                        """, arguments: [row["lo_key"], row["lo_id"], half])
            else {
                throw BackendError.unusableStore(
                    "The store's order index is out of step with its users; the store is damaged.")
            }
            try db.execute(
                sql: "UPDATE member_bucket SET count = ? WHERE lo_key = ? AND lo_id = ?",
                arguments: [half, row["lo_key"], row["lo_id"]])
            try db.execute(
                sql: "INSERT INTO member_bucket (lo_key, lo_id, count) VALUES (?, ?, ?)",
                arguments: [middle["name_key"], middle["id"], size - half])
        }
    }
}
