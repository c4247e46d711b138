import GRDB
import OrgModel
import OrgRecords

extension SQLiteStore {
    /// Adds many members in one transaction: all of them or, on any problem, none. Large batches skip
    /// the per-row index triggers and bring the search and order indexes up to date once at the end.
    /// Refuses (422) a member with an invalid name, email or role set, and (409) an id or email that
    /// is already taken.
    public func importMembers(_ members: [MemberSeed]) throws(BackendError) {
        try MemberSeed.check(members)
        let meID = meID
        try write { db in
            let bulk = members.count >= Self.bulkThreshold
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2_000
            try db.execute(sql: "PRAGMA cache_size = -262144")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            let firstNewSeq = (try Int64.fetchOne(db, sql: "SELECT max(seq) FROM member") ?? 0) + 1
            if bulk {
                for name in MemberIndexTriggers.names { try db.execute(sql: "DROP TRIGGER \(name)") }
                try db.execute(sql: "DROP TRIGGER \(MemberIndexTriggers.emailInsert.name)")
            }
            let insertUser = try db.makeStatement(
                sql: """
                    INSERT INTO member (id, name, email, connection, name_key, search_key) VALUES (?, ?, ?, ?, ?, ?)
                    """)
            let insertRole = try db.makeStatement(sql: "INSERT INTO member_role (member_seq, role) VALUES (?, ?)")
            var generator = SystemRandomNumberGenerator()
            // In the order of the name index, a large batch touches each of its pages once.
            let keyed = members.map { (key: User.sortKey($0.name), member: $0) }
            let ordered = bulk ? keyed.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) } : keyed
            for (key, member) in ordered {
                let id = member.id ?? MemberSeed.makeID(for: member.connection, using: &generator)
                do {
                    try insertUser.execute(arguments: [
                        id, member.name, member.email, member.connection.rawValue, key, NameFold.key(member.name),
                    ])
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    throw BackendError.conflict("\(member.email) or the id \(id) already belongs to a member.")
                }
                let seq = db.lastInsertedRowID
                for role in member.roles.ordered { try insertRole.execute(arguments: [seq, role.rawValue]) }
            }
            if bulk {
                try db.execute(
                    sql: "INSERT INTO member_fts (rowid, search_key) SELECT seq, search_key FROM member WHERE seq >= ?",
                    arguments: [firstNewSeq])
                try db.execute(
                    sql: "INSERT INTO member_email_fts (rowid, email) SELECT seq, email FROM member WHERE seq >= ?",
                    arguments: [firstNewSeq])
                try UserOrder.countNewUsers(db, from: firstNewSeq)
                try db.execute(sql: MemberIndexTriggers.emailInsert.statement)
                for trigger in MemberIndexTriggers.all { try db.execute(sql: trigger) }
            }
            try AuditEntry.append(
                db, .importMembers(count: members.count, by: meID, me: try MemberRecord.fetch(db, id: meID)))
        }
    }

    /// From this many members on, an import brings the indexes up to date in one pass at the end
    /// instead of row by row.
    static let bulkThreshold = 5_000
}
