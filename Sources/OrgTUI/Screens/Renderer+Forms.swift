import OrgText
import OrgModel

extension Renderer {
    /// The role checklist with the change's preview; for a bulk change each role is kept, added or removed.
    func drawRoleEditor(_ editor: RoleEditor, in area: Rect, into grid: inout Grid) {
        let x = area.x + 2
        var y = area.y
        let who =
            editor.isBulk
            ? editor.users.map(\.name).joined(separator: ", ")
            : editor.users.first.map { "\($0.name) <\($0.email)>" } ?? ""
        grid.put(who, x: x, y: y, limit: area.width - 4)
        y += 2
        for (index, role) in Role.allCases.enumerated() {
            let box =
                editor.isBulk
                ? (editor.add.contains(role) ? "[+]" : editor.remove.contains(role) ? "[-]" : "[ ]")
                : (editor.isChecked(role) ? "[x]" : "[ ]")
            let highlighted = role == editor.highlighted
            grid.put(
                "\(highlighted ? ">" : " ") \(box) \(index + 1) \(role.rawValue)", x: x, y: y + index,
                style: highlighted ? .selected : .normal)
            if Self.roleToggles.indices.contains(index) {
                grid.target(
                    Rect(x: area.x, y: y + index, width: area.width, height: 1), .command(Self.roleToggles[index]))
            }
        }
        y += Role.allCases.count + 1
        grid.put("Change: \(editor.preview)", x: x, y: y, style: .title)
        if let before = editor.before, let after = editor.after {
            grid.put("Now: \(before.label)  After: \(after.label)", x: x, y: y + 1, style: .dim)
        } else {
            grid.put("[+] adds, [-] removes, [ ] keeps each user's role.", x: x, y: y + 1, style: .dim)
        }
        if editor.saving != nil {
            grid.put("Saving…", x: x, y: y + 3, style: .dim)
        } else if let error = editor.error {
            grid.put(error, x: x, y: y + 3, limit: area.width - 4, style: .error)
        }
    }

    /// The invite form: email and name fields, roles, connection, each with its problem beside it.
    func drawInviteForm(_ form: InviteForm, in area: Rect, into grid: inout Grid) -> Frame.Cursor? {
        let cursor = drawTextFields(
            [(.email, "Email", form.email), (.name, "Name", form.name)].map {
                TextField(label: $1, line: $2, focused: form.focus == $0, problem: form.problem($0))
            }, in: area, into: &grid)
        let roles = Role.allCases.enumerated()
            .map { "\(form.roles.contains($1) ? "[x]" : "[ ]") \($0 + 1) \($1.rawValue)" }.joined(separator: "  ")
        drawChoice(
            "Roles", roles, focused: form.focus == .roles, problem: form.problem(.roles), in: area,
            y: area.y + 2, into: &grid)
        let google = form.connection == .googleOAuth2
        drawChoice(
            "Sign-in", "(\(google ? "•" : " ")) Google  (\(google ? " " : "•")) Username and password",
            focused: form.focus == .connection, problem: nil, in: area, y: area.y + 3, into: &grid)
        for field in [InviteForm.Field.roles, .connection] {
            grid.target(
                Rect(x: area.x, y: area.y + field.rawValue, width: area.width, height: 1),
                .click(.field(field.rawValue)))
        }
        grid.put(
            form.connection.inviteeInstructions, x: area.x + 2 + Self.labelWidth, y: area.y + 4,
            limit: area.width - 4 - Self.labelWidth, style: .dim)
        drawFormFooter(sending: form.sending != nil, error: form.error, in: area, y: area.y + 6, into: &grid)
        return form.sending == nil ? cursor : nil
    }

    /// The profile editor: name and email fields with their problems.
    func drawProfileEditor(_ form: ProfileForm, in area: Rect, into grid: inout Grid) -> Frame.Cursor? {
        let cursor = drawTextFields(
            [(.name, "Name", form.name), (.email, "Email", form.email)].map {
                TextField(label: $1, line: $2, focused: form.focus == $0, problem: form.problem($0))
            }, in: area, into: &grid)
        drawFormFooter(sending: form.saving != nil, error: form.error, in: area, y: area.y + 3, into: &grid)
        return form.saving == nil ? cursor : nil
    }

    /// The commands that toggle each role, in `Role.allCases` order, for a click on the role.
    private static let roleToggles: [Command] = [.toggleRole1, .toggleRole2, .toggleRole3]

    /// The column where form values start.
    static let labelWidth = 12
    /// The widest a text field is drawn.
    static let fieldWidth = 34

    /// One text field of a form, as drawn.
    struct TextField {
        var label: String
        var line: LineEditor
        var focused: Bool
        var problem: String?
    }

    /// Text fields one per line from the top of `area`; returns where the focused one's cursor is.
    func drawTextFields(_ fields: [TextField], in area: Rect, into grid: inout Grid) -> Frame.Cursor? {
        var cursor: Frame.Cursor?
        for (offset, field) in fields.enumerated() {
            let y = area.y + offset
            let column = drawTextField(field, in: area, y: y, into: &grid)
            grid.target(Rect(x: area.x, y: y, width: area.width, height: 1), .click(.field(offset)))
            if field.focused { cursor = Frame.Cursor(x: column, y: y) }
        }
        return cursor
    }

    /// A labeled text field on row `y`, scrolled so that its cursor shows, its problem after it; returns
    /// the cursor's column.
    private func drawTextField(_ field: TextField, in area: Rect, y: Int, into grid: inout Grid) -> Int {
        let width = min(Self.fieldWidth, area.width - Self.labelWidth - 4)
        grid.put((field.focused ? "> " : "  ") + field.label, x: area.x, y: y, style: field.focused ? .title : .normal)
        let x = area.x + 2 + Self.labelWidth
        let shown = Self.window(field.line, width: width)
        grid.put(shown.text.fit(toWidth: width), x: x, y: y, style: field.focused ? .activeField : .field)
        if let problem = field.problem {
            grid.put(problem, x: x + width + 2, y: y, limit: area.x + area.width - x - width - 2, style: .error)
        }
        return x + shown.cursor
    }

    /// What a field `width` columns wide shows of `line` (sanitized), and the cursor's column in it (in
    /// display columns: a wide character takes two). The text shows from its start while the cursor fits;
    /// further right, it scrolls so that the character under the cursor shows at the right, "…" marking
    /// what is hidden on either side.
    static func window(_ line: LineEditor, width: Int) -> (text: String, cursor: Int) {
        let before = Sanitizer.clean(String(line.beforeCursor))
        let after = Sanitizer.clean(String(line.afterCursor))
        let underCursor = after.first.map { $0.displayWidth + (after.count > 1 ? 1 : 0) } ?? 1
        let room = max(1, width - underCursor)
        let shownBefore = before.displayWidth <= room ? before : before.tail(toWidth: room)
        return (shownBefore + after.cut(toWidth: width - shownBefore.displayWidth), shownBefore.displayWidth)
    }

    /// A labeled choice on row `y`, its problem after it.
    private func drawChoice(
        _ label: String, _ text: String, focused: Bool, problem: String?, in area: Rect, y: Int,
        into grid: inout Grid
    ) {
        grid.put((focused ? "> " : "  ") + label, x: area.x, y: y, style: focused ? .title : .normal)
        let end = grid.put(text, x: area.x + 2 + Self.labelWidth, y: y, style: focused ? .activeField : .normal)
        if let problem {
            let x = area.x + 4 + Self.labelWidth + end
            grid.put(problem, x: x, y: y, limit: area.x + area.width - x, style: .error)
        }
    }

    /// "Sending…" on row `y`, or the error (up to three lines) when the last attempt failed.
    private func drawFormFooter(sending: Bool, error: String?, in area: Rect, y: Int, into grid: inout Grid) {
        if sending {
            grid.put("Sending…", x: area.x + 2, y: y, style: .dim)
        } else if let error {
            for (offset, line) in error.wrapped(toWidth: area.width - 4).prefix(3).enumerated() {
                grid.put(line, x: area.x + 2, y: y + offset, style: .error)
            }
        }
    }
}
