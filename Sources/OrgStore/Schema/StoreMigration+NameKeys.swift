import GRDB
import OrgModel

extension StoreMigration {
    /// Gives each member its folded name, `search_key` (`NameFold.key`: no case, no accents, so "garcia"
    /// finds "García" and "yildiz" "Yıldız"), computed here for the rows written before and by every write
    /// since. The trigram index `member_fts` is made again over it, and the order index `member_order` carries
    /// it, so that a walk along the order tests the key without reading the table.
    static let nameKeys = StoreMigration(identifier: "v7-name-keys") { db in
        for trigger in MemberIndexTriggers.names { try db.execute(sql: "DROP TRIGGER \(trigger)") }
        try db.execute(
            sql: """
                ALTER TABLE member ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
                DROP TABLE member_fts;
                DROP INDEX member_order;
                """)
        let rows = try Row.fetchAll(db, sql: "SELECT seq, name FROM member")
        let update = try db.makeStatement(sql: "UPDATE member SET search_key = ? WHERE seq = ?")
        for row in rows {
            let name: String = row["name"]
            try update.execute(arguments: [NameFold.key(name), row["seq"] as Int64])
        }
        try db.execute(
            sql: """
                CREATE INDEX member_order ON member(name_key, id, search_key);
                CREATE VIRTUAL TABLE member_fts USING fts5(
                    search_key, content='member', content_rowid='seq', tokenize='trigram');
                INSERT INTO member_fts (member_fts) VALUES ('rebuild');
                """)
        for trigger in MemberIndexTriggers.all { try db.execute(sql: trigger) }
    }
}
