import GRDB
import OrgRecords

extension SnapshotRow.Token {
    /// The token of a row of `access_token`.
    init(_ row: Row) {
        self.init(
            id: row["id"], userID: row["user_id"], email: row["email"], name: row["name"],
            secretHash: row["secret_hash"], createdAt: row["created_at"])
    }
}

extension SnapshotRow.Invitation {
    /// The invitation of a row of `invitation`.
    init(_ row: Row) {
        self.init(
            email: row["email"], name: row["name"], roles: row["roles"], connection: row["connection"],
            invitedBy: row["invited_by"], invitedAt: row["invited_at"])
    }
}

extension SnapshotRow.Message {
    /// The message of a row of `outbox`.
    init(_ row: Row) {
        self.init(
            id: row["id"], kind: row["kind"], recipient: row["recipient"], subject: row["subject"],
            body: row["body"], createdAt: row["created_at"])
    }
}

extension SnapshotRow.Audit {
    /// The entry of a row of `audit`.
    init(_ row: Row) {
        self.init(
            id: row["id"], time: row["time"], actor: row["actor"], action: row["action"], target: row["target"],
            before: row["before"], after: row["after"], actorName: row["actor_name"],
            actorEmail: row["actor_email"], targetName: row["target_name"], targetEmail: row["target_email"])
    }
}
