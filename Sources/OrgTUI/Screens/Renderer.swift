import OrgCLI
import OrgModel

/// Draws an `AppState` into a `Grid`: a header, a title or query line, the body (the screen on top),
/// a status line and a key hint bar. It decides nothing; every backend string it draws passes the
/// sanitizer in `Grid.put`.
struct Renderer: Sendable {
    /// The key table, for the hint bar and the help screen.
    let keyMap: KeyMap
    /// What the header says about the backend, such as "store /home/ada/acme.sqlite".
    let backend: String

    /// The frame for `state`; `notice` shows on the status line while the state has no message.
    func render(_ state: AppState, notice: StatusMessage? = nil) -> Frame {
        var grid = Grid(width: state.width, height: state.height)
        if let tooSmall = state.tooSmall {
            drawTooSmall(tooSmall, into: &grid)
            return Frame(grid: grid, cursor: nil)
        }
        drawHeader(state, into: &grid)
        let cursor = drawScreen(state.screen, below: state.screens.dropLast().last, state, into: &grid)
        drawStatus(state.status ?? notice ?? activity(state), into: &grid)
        drawHints(state, into: &grid)
        return Frame(grid: grid, cursor: cursor)
    }

    /// The first body row of every screen but the users table.
    static let bodyTop = 2

    /// The row of the status line.
    func statusRow(_ grid: Grid) -> Int { grid.height - 2 }

    private func drawScreen(_ screen: Screen, below: Screen?, _ state: AppState, into grid: inout Grid) -> Frame.Cursor? {
        switch screen {
        case .users:
            return drawUsers(state, into: &grid)
        case .userDetails(let user):
            drawTitle("User", into: &grid)
            drawDetails(user, roles: state.users.roles[user.id], into: &grid)
        case .roleEditor(let editor):
            drawTitle(editor.isBulk ? "Roles of \(editor.users.count) marked users" : "Roles", into: &grid)
            drawRoleEditor(editor, into: &grid)
        case .inviteForm(let form):
            drawTitle("Invite someone", into: &grid)
            return drawInviteForm(form, into: &grid)
        case .confirmation(let confirmation):
            if let below, below != screen { _ = drawScreen(below, below: nil, state, into: &grid) }
            drawDialog(confirmation, into: &grid)
        case .profile:
            drawTitle("My profile", into: &grid)
            drawProfile(state, into: &grid)
        case .profileEditor(let form):
            drawTitle("Edit my profile", into: &grid)
            return drawProfileEditor(form, into: &grid)
        case .organization:
            drawTitle("Organization", into: &grid)
            drawOrganization(state.organization, into: &grid)
        case .help(let scroll):
            drawTitle("Keys", into: &grid)
            drawHelp(scroll: scroll, into: &grid)
        }
        return nil
    }

    private func drawHeader(_ state: AppState, into grid: inout Grid) {
        grid.clear(y: 0, style: .header)
        var parts = [state.organization?.shortName ?? "…"]
        if let me = state.me { parts.append("\(me.name) (\(me.roles.label))") }
        parts.append(backend)
        let badge = state.readOnly ? " READ-ONLY " : ""
        grid.put(" " + parts.joined(separator: " · "), x: 0, y: 0, limit: grid.width - badge.count - 1, style: .header)
        if !badge.isEmpty { grid.put(badge, x: grid.width - badge.count, y: 0, style: .badge) }
    }

    /// A screen's title on the line under the header.
    func drawTitle(_ title: String, into grid: inout Grid) {
        grid.put(" " + title, x: 0, y: 1, style: .title)
    }

    private func drawStatus(_ message: StatusMessage?, into grid: inout Grid) {
        guard let message else { return }
        let style: Style = switch message.kind {
        case .info: .normal
        case .success: .success
        case .error: .error
        }
        grid.put(" " + message.text, x: 0, y: statusRow(grid), style: style)
    }

    /// What is under way when there is no message: loading, or a bulk change's progress.
    private func activity(_ state: AppState) -> StatusMessage? {
        if let bulk = state.bulk, !bulk.isFinished { return StatusMessage(.info, bulk.statusText) }
        return state.users.isLoading || state.me == nil ? StatusMessage(.info, "Loading…") : nil
    }

    private func drawHints(_ state: AppState, into grid: inout Grid) {
        let y = grid.height - 1
        grid.clear(y: y, style: .hint)
        let hints = keyMap.hints(in: KeyContext(state), available: state.availableCommands.subtracting(Self.unhinted))
        let first: Set<String> = ["Help", "Quit"]
        var x = 0
        for hint in hints.filter({ first.contains($0.label) }) + hints.filter({ !first.contains($0.label) }) {
            let needed = hint.key.displayWidth + hint.label.displayWidth + 3
            guard x + needed <= grid.width else { break }
            x += grid.put(hint.key, x: x, y: y, style: .hintKey)
            x += grid.put(" " + hint.label + "  ", x: x, y: y, style: .hint)
        }
    }

    /// Commands too obvious for the hint bar (the help screen lists them).
    private static let unhinted: Set<Command> = [.up, .down, .pageUp, .pageDown, .first, .last, .backspace, .quitNow]

    private func drawTooSmall(_ message: String, into grid: inout Grid) {
        let lines = message.wrapped(toWidth: grid.width)
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            grid.put(line, x: max(0, (grid.width - line.displayWidth) / 2), y: top + offset, style: .error)
        }
    }
}
