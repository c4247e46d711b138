import GRDB
import OrgModel

extension SQLiteStore {
    /// Every row of the store, read in one read transaction: a consistent snapshot, whatever other
    /// connections or processes write meanwhile.
    public func snapshot() throws(BackendError) -> StoreSnapshot {
        try read { db in
            guard let org = try Row.fetchOne(db, sql: "SELECT * FROM organization") else {
                throw BackendError.unusableStore("The store holds no organization.")
            }
            var roles: [Int64: [String]] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT user_seq, role FROM user_role ORDER BY user_seq, role")
            while let row = try cursor.next() {
                roles[row["user_seq"], default: []].append(row["role"])
            }
            let members = try Row.fetchAll(db, sql: "SELECT seq, id, name, email, connection FROM user ORDER BY seq")
                .map { row in
                    StoreSnapshot.MemberRow(
                        id: row["id"], name: row["name"], email: row["email"], connection: row["connection"],
                        roles: roles[row["seq"]] ?? [])
                }
            return StoreSnapshot(
                organization: StoreSnapshot.OrganizationRow(
                    id: org["id"], name: org["name"], shortName: org["short_name"], meID: org["me_id"],
                    createdAt: org["created_at"], updatedAt: org["updated_at"]),
                members: members,
                tokens: try Row.fetchAll(db, sql: "SELECT * FROM access_token ORDER BY created_at, id").map { row in
                    StoreSnapshot.TokenRow(
                        id: row["id"], userID: row["user_id"], email: row["email"], name: row["name"],
                        secretHash: row["secret_hash"], createdAt: row["created_at"])
                },
                invitations: try Row.fetchAll(db, sql: "SELECT * FROM invitation ORDER BY invited_at, email").map {
                    row in
                    StoreSnapshot.InvitationRow(
                        email: row["email"], name: row["name"], roles: row["roles"], connection: row["connection"],
                        invitedBy: row["invited_by"], invitedAt: row["invited_at"])
                },
                outbox: try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY id").map { row in
                    StoreSnapshot.OutboxRow(
                        id: row["id"], kind: row["kind"], recipient: row["recipient"], subject: row["subject"],
                        body: row["body"], createdAt: row["created_at"])
                },
                audit: try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id").map { row in
                    StoreSnapshot.AuditEntryRow(
                        id: row["id"], time: row["time"], actor: row["actor"], action: row["action"],
                        target: row["target"], before: row["before"], after: row["after"])
                })
        }
    }
}
