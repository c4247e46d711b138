import OrgModel
import OrgText

extension PlainPrinter {
    /// The lines that show the screen on top once, for a screen that only shows something (details, the
    /// organization, your profile, the audit log, the saved profiles); nil for any other screen. The session
    /// prints them when nothing more is on its way, then closes the screen.
    static func describe(_ state: AppState) -> [String]? {
        let lines: [String]
        switch state.screen {
        case .userDetails(let user):
            lines = [
                "Name: \(user.name)", "Email: \(user.email)",
                "Roles: " + (state.users.roles[user.id].map { roles($0) } ?? "not loaded"), "ID: \(user.id)",
                "Sign-in: \(user.signInLabel)",
            ]
        case .organization:
            guard let organization = state.organization else { return [] }
            lines = [
                "Organization: \(organization.name)", "Short name: \(organization.shortName)",
                "ID: \(organization.id)", "Created: \(organization.createdAt.cliText)",
            ]
        case .profile:
            guard let me = state.me else { return [] }
            lines = ["Name: \(me.name)", "Email: \(me.email)", "Roles: \(roles(me.roles))", "ID: \(me.id)"]
        case .auditLog(let log):
            let rows = state.auditRows.compactMap { row in
                row.record.map { "  \($0.at.cliText) \(row.actor) \($0.action) \(row.target) \($0.change)" }
            }
            let whose = log.user.map { " of \($0.name)" } ?? ""
            lines = rows.isEmpty ? ["The audit log\(whose) is empty."] : ["Audit log\(whose), newest first:"] + rows
        case .profiles(let list):
            let entries = list.entries.map { entry in
                "  \(entry.name) (\(entry.location))" + (entry.name == state.activeProfile ? ", in use" : "")
            }
            lines = entries.isEmpty ? ["No saved profiles: orgtui login saves one."] : ["Saved profiles:"] + entries
        default:
            return nil
        }
        return lines.map(Sanitizer.clean)
    }

    /// The yes/no question of the dialog on top, ending in ` [y/N] `, with the lines before it; nil when no
    /// dialog is on top.
    static func question(_ state: AppState) -> (lines: [String], prompt: String)? {
        switch state.screen {
        case .confirmation(let confirmation):
            return (
                confirmation.detail.map { [Sanitizer.clean($0)] } ?? [],
                Sanitizer.clean(confirmation.question) + " [y/N] "
            )
        case .roleConflict(let conflict):
            let lines = [
                "The roles of \(conflict.user.name) changed since you read them: they were \(roles(conflict.opened)), "
                    + "they are \(roles(conflict.now)) now, and yours are \(roles(conflict.yours))."
            ]
            let prompt =
                "Apply your change (\(conflict.change)) on top of the roles now, giving \(roles(conflict.onTop))?"
            return (lines.map(Sanitizer.clean), Sanitizer.clean(prompt) + " [y/N] ")
        default:
            return nil
        }
    }
}
