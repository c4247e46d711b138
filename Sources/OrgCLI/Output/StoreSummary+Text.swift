import OrgModel
import OrgStore

extension StoreSummary {
    /// The summary as lines of plain text, for `Console`, which cleans what the store holds.
    var lines: [String] {
        let roles = Role.allCases.map { "\(roleCounts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        let connections = Connection.allCases.map { "\(connectionCounts[$0] ?? 0) \($0.rawValue)" }
            .joined(separator: ", ")
        return [
            "Organization: \(organization.name) (\(organization.shortName))",
            "Me:           \(me.name) <\(me.email)>, \(me.roles.label)",
            "Users:        \(userCount) (\(roles); \(connections))",
            "Invitations:  \(pendingInvitations) pending",
            "Outbox:       \(outboxSize) emails",
        ]
    }
}
