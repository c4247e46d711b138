import GRDB
import OrgModel
import OrgRecords

/// Pages of the users that `listUsers`' extensions select (any of some roles, a part of the email, a
/// connection), with or without a name search: each filter a set of rows read from an index, so nothing walks
/// the whole table. Roles come from `member_role_by_role`, the connection from `member_by_connection`, a folded name
/// (`NameFold.key`) of 3 or more characters from the trigram index `member_fts` (a shorter one is tested row
/// by row) and an email part of 3 or more characters from the trigram index
/// `member_email_fts` (a shorter one is tested row by row among the others' matches). Every value is bound.
enum UserFilter {
    /// The matching users at positions `offset ..< offset + limit` of the order, and how many match: `known`
    /// when the caller knows it from an earlier answer in the same state of the store, else counted.
    static func page(_ db: Database, _ query: UserQuery, count known: Int? = nil) throws -> UserPage {
        if query.emailSearch?.holdsNUL == true { return UserPage(count: 0, items: []) }
        if let page = try walkedPage(db, query, count: known) { return page }
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let term = query.nameSearch {
            let (condition, argument) = containing(NameFold.key(term), index: "member_fts", column: "search_key")
            conditions.append(condition)
            arguments.append(argument)
        }
        if !query.roles.isEmpty {
            let marks = Array(repeating: "?", count: query.roles.count).joined(separator: ", ")
            conditions.append("seq IN (SELECT member_seq FROM member_role WHERE role IN (\(marks)))")
            arguments += query.roles.ordered.map(\.rawValue)
        }
        if let connection = query.connection {
            conditions.append("connection = ?")
            arguments.append(connection.rawValue)
        }
        if let part = query.emailSearch {
            let (condition, argument) = containing(part, index: "member_email_fts", column: "lower(email)")
            conditions.append(condition)
            arguments.append(argument)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let count =
            try known
            ?? Int.fetchOne(db, sql: "SELECT count(*) FROM member \(filter)", arguments: StatementArguments(arguments))
            ?? 0
        guard query.effectivePageSize > 0, query.offset < count else { return UserPage(count: count, items: []) }
        let users = try User.fetchAll(
            db, sql: "SELECT id, name, email FROM member \(filter) ORDER BY name_key, id LIMIT ? OFFSET ?",
            arguments: StatementArguments(arguments + [query.effectivePageSize, query.offset]))
        return UserPage(count: count, items: users)
    }

    /// `text` as one FTS5 phrase: in double quotes, each of its own doubled, so no character is an operator.
    /// The condition that `column` contains `text` and its one argument: a match in the trigram `index` for
    /// 3 code points or more (both ignore case), else `instr` on the column, which trigrams cannot answer.
    private static func containing(_ text: String, index: String, column: String) -> (String, String) {
        text.unicodeScalars.count >= 3
            ? ("seq IN (SELECT rowid FROM \(index) WHERE \(index) MATCH ?)", phrase(text))
            : ("instr(\(column), lower(?)) > 0", text)
    }

    static func phrase(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The schema step that indexes the filters: users by connection in the list's order, and a trigram index
    /// of the email addresses, kept in step by triggers of its own.
    static let migration = StoreMigration(identifier: "v4-user-filters") { db in
        try db.execute(
            sql: """
                CREATE INDEX user_by_connection ON user(connection, name_key, id);
                CREATE VIRTUAL TABLE user_email_fts USING fts5(
                    email, content='user', content_rowid='seq', tokenize='trigram');
                INSERT INTO user_email_fts (user_email_fts) VALUES ('rebuild');
                CREATE TRIGGER user_email_insert AFTER INSERT ON user BEGIN
                    INSERT INTO user_email_fts (rowid, email) VALUES (NEW.seq, NEW.email);
                END;
                CREATE TRIGGER user_email_delete AFTER DELETE ON user BEGIN
                    INSERT INTO user_email_fts (user_email_fts, rowid, email) VALUES ('delete', OLD.seq, OLD.email);
                END;
                CREATE TRIGGER user_email_update AFTER UPDATE OF email ON user BEGIN
                    INSERT INTO user_email_fts (user_email_fts, rowid, email) VALUES ('delete', OLD.seq, OLD.email);
                    INSERT INTO user_email_fts (rowid, email) VALUES (NEW.seq, NEW.email);
                END;
                """)
    }
}
