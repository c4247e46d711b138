/// The triggers that keep the name search index (`member_fts`), the order-statistics buckets
/// (`member_bucket`) and the email search index (`member_email_fts`) in step with `member`. A bulk import
/// drops the first two's (`names`) and the email index's insert trigger (`emailInsert`), fills the table,
/// brings the three structures up to date in one pass each and creates the triggers again.
enum MemberIndexTriggers {
    /// The statements that create the name index's and the buckets' triggers: the index holds the folded
    /// name, `search_key`.
    static let all = statements(table: "member", indexing: "search_key")

    /// The names of the triggers in `all`.
    static let names = triggerNames(table: "member")

    /// The email index's insert trigger: its name and the statement that creates it.
    static let emailInsert = (
        name: "member_email_insert",
        statement: """
        CREATE TRIGGER member_email_insert AFTER INSERT ON member BEGIN
            INSERT INTO member_email_fts (rowid, email) VALUES (NEW.seq, NEW.email);
        END
        """
    )

    /// The statements that create the email index's triggers.
    static let email = [
        emailInsert.statement,
        """
        CREATE TRIGGER member_email_delete AFTER DELETE ON member BEGIN
            INSERT INTO member_email_fts (member_email_fts, rowid, email) VALUES ('delete', OLD.seq, OLD.email);
        END
        """,
        """
        CREATE TRIGGER member_email_update AFTER UPDATE OF email ON member BEGIN
            INSERT INTO member_email_fts (member_email_fts, rowid, email) VALUES ('delete', OLD.seq, OLD.email);
            INSERT INTO member_email_fts (rowid, email) VALUES (NEW.seq, NEW.email);
        END
        """,
    ]

    /// The names of the name index's and the buckets' triggers on `table`, for the schema steps that
    /// named the members' table `user` and those that name it `member`.
    static func triggerNames(table: String) -> [String] {
        ["insert", "delete", "update_name", "update_order"].map { "\(table)_index_\($0)" }
    }

    /// The statements that create the name index's and the buckets' triggers on `table`, whose index is
    /// `table_fts` over its `column` (the name before step v6, the folded name since) and whose buckets are
    /// `table_bucket`.
    static func statements(table: String, indexing column: String) -> [String] {
        let names = triggerNames(table: table)
        let fts = table + "_fts"
        /// The bucket that holds the row with sort key (`key`, `id`): the last bucket whose lower bound is
        /// not above it.
        func bucket(key: String, id: String) -> String {
            """
            (lo_key, lo_id) = (SELECT lo_key, lo_id FROM \(table)_bucket WHERE (lo_key, lo_id) <= (\(key), \(id))
                               ORDER BY lo_key DESC, lo_id DESC LIMIT 1)
            """
        }
        return [
            """
            CREATE TRIGGER \(names[0]) AFTER INSERT ON \(table) BEGIN
                INSERT INTO \(fts) (rowid, \(column)) VALUES (NEW.seq, NEW.\(column));
                UPDATE \(table)_bucket SET count = count + 1 WHERE \(bucket(key: "NEW.name_key", id: "NEW.id"));
            END
            """,
            """
            CREATE TRIGGER \(names[1]) AFTER DELETE ON \(table) BEGIN
                INSERT INTO \(fts) (\(fts), rowid, \(column)) VALUES ('delete', OLD.seq, OLD.\(column));
                UPDATE \(table)_bucket SET count = count - 1 WHERE \(bucket(key: "OLD.name_key", id: "OLD.id"));
            END
            """,
            """
            CREATE TRIGGER \(names[2]) AFTER UPDATE OF \(column) ON \(table) BEGIN
                INSERT INTO \(fts) (\(fts), rowid, \(column)) VALUES ('delete', OLD.seq, OLD.\(column));
                INSERT INTO \(fts) (rowid, \(column)) VALUES (NEW.seq, NEW.\(column));
            END
            """,
            """
            CREATE TRIGGER \(names[3]) AFTER UPDATE OF name_key, id ON \(table) BEGIN
                UPDATE \(table)_bucket SET count = count - 1 WHERE \(bucket(key: "OLD.name_key", id: "OLD.id"));
                UPDATE \(table)_bucket SET count = count + 1 WHERE \(bucket(key: "NEW.name_key", id: "NEW.id"));
            END
            """,
        ]
    }
}
