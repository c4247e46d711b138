import Foundation
import OrgModel
import OrgText

/// What the line mode prints: what changed in `AppState` since the last call, as plain lines that have passed
/// the sanitizer. It never redraws: the header once, a list when a command asked for one, a row only when a
/// row already printed changed, and each new status line and notice in the model's own words.
struct PlainPrinter {
    /// What the header says of the backend, such as `store /tmp/org.sqlite`.
    var backend: String
    /// The rows of the last list printed, which row numbers refer to.
    private(set) var shown: [UserRow] = []
    private var headerPrinted = false
    private var listWanted = true
    private var lastStatus: StatusMessage?
    private var lastNotice: StatusMessage?

    init(backend: String) {
        self.backend = backend
    }

    /// The next list that is ready is printed whole: a command moved, searched, filtered or reloaded.
    mutating func wantList() {
        listWanted = true
    }

    /// The header is printed again before the next list: the session works on another backend.
    mutating func wantHeader() {
        headerPrinted = false
        listWanted = true
    }

    /// A command was given: the next status line is news even when it says what the last one said.
    mutating func commandGiven() {
        lastStatus = nil
        lastNotice = nil
    }

    /// The user that row `number` of the last list printed showed, if any.
    func user(atRow number: Int) -> User? {
        shown.first { $0.index == number - 1 }?.user
    }

    /// The lines saying what changed in `state` since the last call.
    mutating func lines(for state: AppState) -> [String] {
        var lines: [String] = []
        if !headerPrinted, !state.awaitsAnswers {
            lines += header(state)
            headerPrinted = true
        }
        if let notice = state.notice, notice != lastNotice { lines.append(Self.plainWords(notice.text)) }
        lastNotice = state.notice
        if let status = state.status, status != lastStatus { lines.append(Self.plainWords(status.text)) }
        lastStatus = state.status
        if headerPrinted { lines += listLines(state) }
        return lines.map(Sanitizer.clean)
    }

    /// The organization, who is signed in, and the backend.
    private func header(_ state: AppState) -> [String] {
        let organization = state.organization.map { "Organization: \($0.name) (\($0.shortName))" }
        let me = state.me.map { "Signed in as \($0.name) <\($0.email)>, \(Self.roles($0.roles))" }
        return [
            organization ?? "Organization: not loaded (type reload to try again)",
            me ?? "Signed in as: not loaded (type reload to try again)",
            "Backend: \(backend)" + (state.activeProfile.map { ", profile \($0)" } ?? "")
                + (state.readOnly ? ", read-only" : ""),
            "Type help for the commands.",
        ]
    }

    /// The whole list when one is wanted or other users now fill the rows shown; else the rows shown whose
    /// user or roles changed. Nothing until the rows and their roles are loaded (or nothing more is coming).
    private mutating func listLines(_ state: AppState) -> [String] {
        guard state.users.count != nil else { return [] }
        let rows = state.visibleRows
        let loaded = rows.allSatisfy { $0.user != nil && $0.roles != nil }
        guard loaded || !state.users.isLoading else { return [] }
        defer { shown = rows }
        if listWanted || rows.map(\.user?.id) != shown.map(\.user?.id) {
            listWanted = false
            return [title(state)] + rows.map(Self.line)
        }
        return zip(rows, shown).filter { $0.user != $1.user || $0.roles != $1.roles }.map { Self.line($0.0) }
    }

    /// The list's title: which rows of how many, and of which search and roles.
    private func title(_ state: AppState) -> String {
        let search = state.users.nameSearch.map { " named like \"\($0)\"" } ?? ""
        let filter =
            state.users.roleFilter.isEmpty ? "" : " with the role " + Self.roles(state.users.roleFilter, or: "")
        guard state.users.count != 0 else { return "No users\(search)\(filter)." }
        return "Users \(state.position)\(search)\(filter):"
    }

    /// One row, such as `  3. Ann Lee <ann@acme.test> admin, developer`.
    static func line(_ row: UserRow) -> String {
        guard let user = row.user else { return "  \(row.index + 1). (not loaded)" }
        return "  \(row.index + 1). \(user.name) <\(user.email)> "
            + (row.roles.map { roles($0) } ?? "(roles not loaded)")
    }

    /// Roles as words, such as `admin, developer`.
    static func roles(_ roles: Set<Role>, or none: String = "no role") -> String {
        roles.isEmpty ? none : roles.ordered.map(\.rawValue).joined(separator: ", ")
    }

    /// The model's words with each key hint, "Press u to undo.", said as the line mode's command for that key
    /// on the users table ("Type undo to undo."), or left out when the line mode has no such command. The
    /// model's hints name the standard keys.
    static func plainWords(_ text: String) -> String {
        var result = text
        while let press = result.range(of: "Press "), let to = result[press.upperBound...].range(of: " to "),
            let end = result[to.upperBound...].firstIndex(of: ".")
        {
            let action = Key(name: String(result[press.upperBound..<to.lowerBound])).flatMap {
                KeyMap.standard.action(for: $0, in: .list, takesText: false)
            }
            let word = PlainCommandTable.entries.first { entry in entry.command.map { action == .command($0) } ?? false
            }
            result.replaceSubrange(
                press.lowerBound...end, with: word.map { "Type \($0.word)" + result[to.lowerBound...end] } ?? "")
        }
        return String(result.reversed().drop { $0 == " " }.reversed())
    }
}
