import OrgText
import OrgModel

/// Draws an `AppState` into a `Grid`, each part into its region of the state's `Layout`: the header, a
/// title or query line, the body (the screen on top), the status line and the key hint bar. It decides
/// nothing; every backend string it draws passes the sanitizer in `Grid.put`.
struct Renderer: Sendable {
    /// The key table, for the hint bar and the help screen.
    var keyMap: KeyMap
    /// What the header says about the backend, such as "store /home/ada/acme.sqlite"; it changes with the
    /// profile.
    var backend: String

    /// The frame for `state`; the terminal's notice shows on the status line while the state has no message.
    /// The first-run form has a frame of its own.
    func render(_ state: AppState) -> Frame {
        if case .firstRun(let form) = state.screen { return render(form, width: state.width, height: state.height) }
        var grid = Grid(width: state.width, height: state.height)
        if let tooSmall = state.tooSmall {
            drawTooSmall(tooSmall, status: state.status ?? state.notice, into: &grid)
            return Frame(grid: grid, cursor: nil)
        }
        let layout = state.layout
        drawHeader(state, in: layout.header, into: &grid)
        let cursor = drawScreen(state.screen, below: state.screens.dropLast().last, state, layout, into: &grid)
        if state.screenChangedElsewhere { drawChangedNotice(in: layout.titleLine, into: &grid) }
        drawStatus(state.status ?? state.notice ?? activity(state), in: layout.status, into: &grid)
        drawHints(orderedHints(state), in: layout.hints, into: &grid)
        return Frame(grid: grid, cursor: cursor)
    }

    private func drawScreen(
        _ screen: Screen, below: Screen?, _ state: AppState, _ layout: Layout,
        into grid: inout Grid
    ) -> Frame.Cursor? {
        switch screen {
        case .users:
            return drawUsers(state, layout, into: &grid)
        case .userDetails(let user):
            drawTitle("User", in: layout.titleLine, into: &grid)
            drawUserDetails(user, roles: state.users.roles[user.id], in: layout.body, into: &grid)
        case .roleEditor(let editor):
            let title = editor.isBulk ? "Roles of \(editor.users.count) marked users" : "Roles"
            drawTitle(title, in: layout.titleLine, into: &grid)
            drawRoleEditor(editor, in: layout.body, into: &grid)
        case .inviteForm(let form):
            drawTitle("Invite someone", in: layout.titleLine, into: &grid)
            return drawInviteForm(form, in: layout.body, into: &grid)
        case .confirmation(let confirmation):
            if let below, below != screen { _ = drawScreen(below, below: nil, state, layout, into: &grid) }
            drawDialog(confirmation, layout, into: &grid)
        case .roleConflict(let conflict):
            if let below, below != screen { _ = drawScreen(below, below: nil, state, layout, into: &grid) }
            drawRoleConflict(conflict, layout, into: &grid)
        case .profile:
            drawTitle("My profile", in: layout.titleLine, into: &grid)
            drawProfile(state, in: layout.body, into: &grid)
        case .profileEditor(let form):
            drawTitle("Edit my profile", in: layout.titleLine, into: &grid)
            return drawProfileEditor(form, in: layout.body, into: &grid)
        case .organization:
            drawTitle("Organization", in: layout.titleLine, into: &grid)
            drawOrganization(state.organization, in: layout.body, into: &grid)
        case .help(let scroll):
            drawTitle("Keys", in: layout.titleLine, into: &grid)
            drawHelp(scroll: scroll, in: layout.content, into: &grid)
            grid.target(layout.content, .scroll)
        case .auditLog(let log):
            drawAudit(log, state, layout, into: &grid)
        case .invitations(let list):
            drawInvitations(list, state, layout, into: &grid)
        case .profiles(let list):
            drawTitle("Profiles (* active)", in: layout.titleLine, into: &grid)
            drawProfiles(list, active: state.activeProfile, in: layout.body, into: &grid)
        case .firstRun:
            break  // drawn by `render(_:width:height:)`, and nothing opens over it
        case .filter(let filter):
            drawTitle("Filter the users", in: layout.titleLine, into: &grid)
            drawFilter(filter, in: layout.body, into: &grid)
        case .messages(let screen):
            drawTitle("Recent messages, newest first", in: layout.titleLine, into: &grid)
            drawMessages(state.messages, scroll: screen.scroll, in: layout.content, into: &grid)
            grid.target(layout.content, .scroll)
        }
        return nil
    }

    /// The header: the profile, the organization's name, who you are and the backend. A terminal too
    /// narrow for the organization's name beside yours shows its short name; the backend is cut first.
    private func drawHeader(_ state: AppState, in area: Rect, into grid: inout Grid) {
        let badge = state.readOnly ? " READ-ONLY " : nil
        let room = area.width - (badge?.displayWidth ?? 0) - 1
        let profile = state.activeProfile.map { "[\($0)] " } ?? ""
        let me = state.me.map { " · \($0.name) (\($0.roles.label))" } ?? ""
        let named = { (organization: String) in " " + profile + organization + me }
        var line = named(state.organization?.name ?? "…")
        if let short = state.organization?.shortName, Sanitizer.clean(line).displayWidth > room { line = named(short) }
        drawHeader(line + " · " + backend, badge: badge, in: area, into: &grid)
    }

    /// The header line: `text` on the left and, if any, a `badge` on the right.
    func drawHeader(_ text: String, badge: String? = nil, in area: Rect, into grid: inout Grid) {
        grid.clear(x: area.x, y: area.y, columns: area.width, style: .header)
        let badgeWidth = badge?.displayWidth ?? 0
        grid.put(text, x: area.x, y: area.y, limit: area.width - badgeWidth - 1, style: .header)
        if let badge { grid.put(badge, x: area.x + area.width - badgeWidth, y: area.y, style: .badge) }
    }

    /// A screen's title on the title line.
    func drawTitle(_ title: String, in area: Rect, into grid: inout Grid) {
        grid.put(" " + title, x: area.x, y: area.y, limit: area.width, style: .title)
    }

    /// What is under way when there is no message: loading, or a bulk change's progress.
    private func activity(_ state: AppState) -> StatusMessage? {
        if let bulk = state.bulk, !bulk.isFinished { return StatusMessage(.info, bulk.statusText) }
        var loading = state.users.isLoading || state.auditLog?.isLoading == true || state.me == nil
        if case .invitations(let list) = state.screen, list.isLoading { loading = true }
        return loading ? StatusMessage(.info, "Loading…") : nil
    }

    /// The key table's hints for the state's available commands, Help and Quit first.
    private func orderedHints(_ state: AppState) -> [(key: String, label: String)] {
        let hints = keyMap.hints(
            in: KeyContext(state), available: state.availableCommands.subtracting(Self.unhinted),
            takesText: state.acceptsText)
        let first: Set<String> = ["Help", "Quit"]
        return hints.filter { first.contains($0.label) } + hints.filter { !first.contains($0.label) }
    }

    /// Commands too obvious for the hint bar, or wanted now and then (`!`, `I`, `f`); the help screen lists them.
    private static let unhinted: Set<Command> = LineEditor.commands.union([
        .up, .down, .pageUp, .pageDown, .first, .last, .quitNow, .messages, .invitations, .filter,
    ])

    /// The hint bar: each key and what it does, as many as fit whole.
    func drawHints(_ hints: [(key: String, label: String)], in area: Rect, into grid: inout Grid) {
        grid.clear(x: area.x, y: area.y, columns: area.width, style: .hint)
        var x = area.x
        for hint in hints {
            let needed = hint.key.displayWidth + hint.label.displayWidth + 3
            guard x + needed <= area.x + area.width else { break }
            let start = x
            x += grid.put(hint.key, x: x, y: area.y, style: .hintKey)
            x += grid.put(" " + hint.label + "  ", x: x, y: area.y, style: .hint)
            if let key = Key(name: hint.key) {
                grid.target(Rect(x: start, y: area.y, width: x - start - 1, height: 1), .key(key))
            }
        }
    }

    /// What size is needed, centred, and below it the status message as much as fits (`!` shows it whole
    /// once the terminal is big enough).
    private func drawTooSmall(_ message: String, status: StatusMessage?, into grid: inout Grid) {
        var lines = message.wrapped(toWidth: grid.width).map { ($0, Style.error) }
        if let status {
            lines += Sanitizer.clean(status.text).wrapped(toWidth: grid.width).map { ($0, Style(status.kind)) }
        }
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, (line, style)) in lines.prefix(grid.height).enumerated() {
            grid.put(line, x: max(0, (grid.width - line.displayWidth) / 2), y: top + offset, style: style)
        }
    }
}
