import OrgModel
import OrgText

extension PlainSession {
    /// Does what a command line asks, through the same commands the keys give, or says why not.
    func perform(_ line: String) {
        switch PlainCommand.parse(line) {
        case .failure(let refusal): say([refusal.message])
        case .success(let command): perform(command)
        }
    }

    private func perform(_ command: PlainCommand) {
        backToList()
        switch command {
        case .nothing: break
        case .help: say(PlainCommandTable.helpLines(keyMap: keyMap))
        case .list: printer.wantList()
        case .move(let move):
            guard allowed(move) else { return }
            // A page from the row at the edge, so that the next rows follow the shown ones.
            let edge = move == .pageDown ? state.visibleRows.last : move == .pageUp ? state.visibleRows.first : nil
            if let edge { moveCursor(to: edge.index) }
            give(move)
            printer.wantList()
        case .search(let text): search(text)
        case .filter(let roles):
            printer.commandGiven()
            printer.wantList()
            dispatch(.roleFilterChosen(roles))
        case .open(let row): if select(row), allowed(.open) { give(.open) }
        case .roles(let row, let delta): if select(row), allowed(.editRoles) { changeRoles(delta) }
        case .delete(let row): if select(row), allowed(.delete) { give(.delete) }
        case .reset(let row): if select(row), allowed(.resetPassword) { give(.resetPassword) }
        case .invite: if allowed(.invite) { invite() }
        case .plain(let plain):
            guard allowed(plain) else { return }
            give(plain)
            if plain == .reload { printer.wantList() }
        case .switchProfile(let name):
            guard allowed(.profiles) else { return }
            switching = name
            give(.profiles)
        case .quit: give(.quit)
        }
    }

    /// Gives the model a command, as a key would: the status line that follows is news.
    func give(_ command: Command) {
        printer.commandGiven()
        dispatch(.command(command))
    }

    /// Answers the question asked last with a line.
    func answer(_ text: String, to asking: Asking) {
        switch asking {
        case .dialog:
            self.asking = nil
            let yes = ["y", "yes"].contains(text.trimmingCharacters(in: .whitespaces).lowercased())
            switch state.screen {
            case .roleConflict: give(yes ? .applyOnTop : .deny)
            case .confirmation: give(yes ? .confirm : .deny)
            default: break
            }
        case .invite(let field):
            fill(field, with: text.trimmingCharacters(in: .whitespaces))
        }
    }

    /// Opens the saved profile `name` from the profile list on top, or says there is none by that name.
    func openProfile(_ name: String) {
        guard case .profiles(let list) = state.screen, let index = list.entries.firstIndex(where: { $0.name == name })
        else {
            give(.back)
            say(["There is no saved profile \"\(Sanitizer.clean(name))\"; type profiles to list them."])
            return
        }
        var steps = list.entries.count
        while case .profiles(let list) = state.screen, list.cursor != index, steps > 0 {
            give(list.cursor < index ? .down : .up)
            steps -= 1
        }
        give(.submit)
    }

    /// Closes every screen above the users table, as Esc would.
    private func backToList() {
        var steps = state.screens.count
        while state.screens.count > 1, steps > 0 {
            give(.back)
            steps -= 1
        }
    }

    /// Whether `command` means something now; if not, says why.
    func allowed(_ command: Command) -> Bool {
        if let reason = keyMap.refusal(command) {
            say([reason])
            return false
        }
        guard !state.availableCommands.contains(command) else { return true }
        if command == .undo {
            say(["Nothing to undo."])
        } else if state.readOnly {
            say(["orgtui runs read-only (--readonly): nothing can be changed."])
        } else if let me = state.me, state.users.selected?.id == me.id {
            say(["orgtui does not do that to your own account."])
        } else if let me = state.me {
            say(["Your roles (\(PlainPrinter.roles(me.roles))) do not allow that here."])
        } else {
            say(["Your profile is not loaded, so nothing can be changed yet; type reload to try again."])
        }
        return false
    }

    /// Moves the table's cursor to the user that row `number` of the last list showed; false, saying why,
    /// when that list had no such row or the user is no longer shown.
    private func select(_ number: Int) -> Bool {
        guard let user = printer.user(atRow: number) else {
            say(["There is no row \(number) in the last list; type list to print it again."])
            return false
        }
        guard let index = state.visibleRows.first(where: { $0.user?.id == user.id })?.index else {
            say([Sanitizer.clean("\(user.name) is no longer in the list; type list to print it again.")])
            return false
        }
        moveCursor(to: index)
        return state.users.cursor == index
    }

    /// Moves the table's cursor to shown row `index`, a row at a time.
    private func moveCursor(to index: Int) {
        var steps = Self.rows * 2
        while state.users.cursor != index, steps > 0 {
            give(state.users.cursor < index ? .down : .up)
            steps -= 1
        }
    }

    /// Searches by name as the query line does (nil: everyone), refusing a query the line would refuse.
    private func search(_ text: String?) {
        if let text, let problem = UserQuery.searchProblem(text) {
            say([problem])
            return
        }
        give(.search)
        for _ in state.search.text { give(.backspace) }
        if let text { dispatch(.typed(text)) }
        give(.submit)
        printer.wantList()
    }

    /// Opens the role editor on the selected user, checks and unchecks the roles as `delta` says, and saves;
    /// an editor that did not send (a change the organization's rules refuse) closes after saying why.
    private func changeRoles(_ delta: RoleDelta) {
        give(.editRoles)
        for (role, toggle) in Self.roleToggles {
            guard case .roleEditor(let editor) = state.screen else { return }
            let wanted = delta.add.contains(role) ? true : delta.remove.contains(role) ? false : nil
            if let wanted, editor.isChecked(role) != wanted { give(toggle) }
        }
        guard case .roleEditor = state.screen else { return }
        give(.submit)
        if case .roleEditor(let editor) = state.screen, editor.saving == nil {
            say(printer.lines(for: state))
            give(.back)
        }
    }

    /// Each role and the command that flips it in the role editor and the invite form (`Command.toggledRole`).
    static let roleToggles: [(Role, Command)] = [
        (.admin, .toggleRole1), (.developer, .toggleRole2), (.analyst, .toggleRole3),
    ]
}
