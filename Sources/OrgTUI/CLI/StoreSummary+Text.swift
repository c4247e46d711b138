import OrgCLI
import OrgModel
import OrgStore

extension StoreSummary {
    /// The summary as lines of plain text, every stored string sanitized.
    var lines: [String] {
        let roles = Role.allCases.map { "\(roleCounts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        let connections = Connection.allCases.map { "\(connectionCounts[$0] ?? 0) \($0.rawValue)" }
            .joined(separator: ", ")
        return [
            "Organization: \(Sanitizer.clean(organization.name)) (\(Sanitizer.clean(organization.shortName)))",
            "Me:           \(Sanitizer.clean(me.name)) <\(Sanitizer.clean(me.email))>, \(me.roles.label)",
            "Users:        \(userCount) (\(roles); \(connections))",
            "Invitations:  \(pendingInvitations) pending",
            "Outbox:       \(outboxSize) emails",
        ]
    }
}
