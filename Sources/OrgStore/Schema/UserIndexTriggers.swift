/// The triggers that keep the name search index (`user_fts`) and the order-statistics buckets
/// (`user_bucket`) in step with `user`. A bulk import drops them, fills the table, rebuilds both
/// structures and creates them again.
enum UserIndexTriggers {
    /// The bucket that holds the row with sort key (`key`, `id`): the last bucket whose lower bound is
    /// not above it.
    private static func bucket(key: String, id: String) -> String {
        """
        (lo_key, lo_id) = (SELECT lo_key, lo_id FROM user_bucket WHERE (lo_key, lo_id) <= (\(key), \(id))
                           ORDER BY lo_key DESC, lo_id DESC LIMIT 1)
        """
    }

    /// The names of the triggers in `all`.
    static let names = ["user_index_insert", "user_index_delete", "user_index_update_name", "user_index_update_order"]

    /// The statements that create every trigger.
    static let all = [
        """
        CREATE TRIGGER user_index_insert AFTER INSERT ON user BEGIN
            INSERT INTO user_fts (rowid, name) VALUES (NEW.seq, NEW.name);
            UPDATE user_bucket SET count = count + 1 WHERE \(bucket(key: "NEW.name_key", id: "NEW.id"));
        END
        """,
        """
        CREATE TRIGGER user_index_delete AFTER DELETE ON user BEGIN
            INSERT INTO user_fts (user_fts, rowid, name) VALUES ('delete', OLD.seq, OLD.name);
            UPDATE user_bucket SET count = count - 1 WHERE \(bucket(key: "OLD.name_key", id: "OLD.id"));
        END
        """,
        """
        CREATE TRIGGER user_index_update_name AFTER UPDATE OF name ON user BEGIN
            INSERT INTO user_fts (user_fts, rowid, name) VALUES ('delete', OLD.seq, OLD.name);
            INSERT INTO user_fts (rowid, name) VALUES (NEW.seq, NEW.name);
        END
        """,
        """
        CREATE TRIGGER user_index_update_order AFTER UPDATE OF name_key, id ON user BEGIN
            UPDATE user_bucket SET count = count - 1 WHERE \(bucket(key: "OLD.name_key", id: "OLD.id"));
            UPDATE user_bucket SET count = count + 1 WHERE \(bucket(key: "NEW.name_key", id: "NEW.id"));
        END
        """,
    ]
}
