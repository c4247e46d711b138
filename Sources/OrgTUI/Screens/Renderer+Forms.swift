import OrgCLI
import OrgModel

extension Renderer {
    /// The role checklist with the change's preview; for a bulk change each role is kept, added or removed.
    func drawRoleEditor(_ editor: RoleEditor, into grid: inout Grid) {
        var y = Self.bodyTop + 1
        let who = editor.isBulk
            ? editor.users.map(\.name).joined(separator: ", ")
            : editor.users.first.map { "\($0.name) <\($0.email)>" } ?? ""
        grid.put(who, x: 2, y: y, limit: grid.width - 4)
        y += 2
        for (index, role) in Role.allCases.enumerated() {
            let box = editor.isBulk
                ? (editor.add.contains(role) ? "[+]" : editor.remove.contains(role) ? "[-]" : "[ ]")
                : (editor.isChecked(role) ? "[x]" : "[ ]")
            let highlighted = role == editor.highlighted
            grid.put("\(highlighted ? ">" : " ") \(box) \(index + 1) \(role.rawValue)", x: 2, y: y + index,
                     style: highlighted ? .selected : .normal)
        }
        y += Role.allCases.count + 1
        grid.put("Change: \(editor.preview)", x: 2, y: y, style: .title)
        if let before = editor.before, let after = editor.after {
            grid.put("Now: \(before.label)  After: \(after.label)", x: 2, y: y + 1, style: .dim)
        } else {
            grid.put("[+] adds, [-] removes, [ ] keeps each user's role.", x: 2, y: y + 1, style: .dim)
        }
        if editor.saving != nil {
            grid.put("Saving…", x: 2, y: y + 3, style: .dim)
        } else if let error = editor.error {
            grid.put(error, x: 2, y: y + 3, limit: grid.width - 4, style: .error)
        }
    }

    /// The invite form: email and name fields, roles, connection, each with its problem beside it.
    func drawInviteForm(_ form: InviteForm, into grid: inout Grid) -> Frame.Cursor? {
        let top = Self.bodyTop + 1
        let cursor = drawTextFields([(.email, "Email", form.email), (.name, "Name", form.name)].map {
            TextField(label: $1, text: $2, focused: form.focus == $0, problem: form.problem($0))
        }, top: top, into: &grid)
        let roles = Role.allCases.enumerated()
            .map { "\(form.roles.contains($1) ? "[x]" : "[ ]") \($0 + 1) \($1.rawValue)" }.joined(separator: "  ")
        drawChoice("Roles", roles, focused: form.focus == .roles, problem: form.problem(.roles), y: top + 2, into: &grid)
        let google = form.connection == .googleOAuth2
        drawChoice("Sign-in", "(\(google ? "•" : " ")) Google  (\(google ? " " : "•")) Username and password",
                   focused: form.focus == .connection, problem: nil, y: top + 3, into: &grid)
        grid.put(form.connection.inviteeInstructions, x: 2 + Self.labelWidth, y: top + 4, limit: grid.width - 4 - Self.labelWidth, style: .dim)
        drawFormFooter(sending: form.sending != nil, error: form.error, y: top + 6, into: &grid)
        return form.sending == nil ? cursor : nil
    }

    /// The profile editor: name and email fields with their problems.
    func drawProfileEditor(_ form: ProfileForm, into grid: inout Grid) -> Frame.Cursor? {
        let top = Self.bodyTop + 1
        let cursor = drawTextFields([(.name, "Name", form.name), (.email, "Email", form.email)].map {
            TextField(label: $1, text: $2, focused: form.focus == $0, problem: form.problem($0))
        }, top: top, into: &grid)
        drawFormFooter(sending: form.saving != nil, error: form.error, y: top + 3, into: &grid)
        return form.saving == nil ? cursor : nil
    }

    /// The column where form values start.
    static let labelWidth = 12
    /// The widest a text field is drawn.
    static let fieldWidth = 34

    /// One text field of a form, as drawn.
    struct TextField {
        var label: String
        var text: String
        var focused: Bool
        var problem: String?
    }

    /// Text fields one per line from `top`; returns where typing goes in the focused one.
    func drawTextFields(_ fields: [TextField], top: Int, into grid: inout Grid) -> Frame.Cursor? {
        var cursor: Frame.Cursor?
        for (offset, field) in fields.enumerated() {
            let end = drawTextField(field.label, field.text, focused: field.focused, problem: field.problem, y: top + offset, into: &grid)
            if field.focused { cursor = Frame.Cursor(x: end, y: top + offset) }
        }
        return cursor
    }

    /// A labeled text field showing the end of its text, its problem after it; returns where typing goes.
    private func drawTextField(_ label: String, _ text: String, focused: Bool, problem: String?, y: Int,
                       into grid: inout Grid) -> Int {
        let width = min(Self.fieldWidth, grid.width - Self.labelWidth - 4)
        grid.put((focused ? "> " : "  ") + label, x: 0, y: y, style: focused ? .title : .normal)
        let x = 2 + Self.labelWidth
        let shown = Sanitizer.clean(text).tail(toWidth: width - 1)
        grid.put(shown.fit(toWidth: width), x: x, y: y, style: focused ? .activeField : .field)
        if let problem {
            grid.put(problem, x: x + width + 2, y: y, limit: grid.width - x - width - 2, style: .error)
        }
        return x + shown.displayWidth
    }

    private func drawChoice(_ label: String, _ text: String, focused: Bool, problem: String?, y: Int, into grid: inout Grid) {
        grid.put((focused ? "> " : "  ") + label, x: 0, y: y, style: focused ? .title : .normal)
        let end = grid.put(text, x: 2 + Self.labelWidth, y: y, style: focused ? .activeField : .normal)
        if let problem {
            grid.put(problem, x: 4 + Self.labelWidth + end, y: y, limit: grid.width - 4 - Self.labelWidth - end, style: .error)
        }
    }

    private func drawFormFooter(sending: Bool, error: String?, y: Int, into grid: inout Grid) {
        if sending {
            grid.put("Sending…", x: 2, y: y, style: .dim)
        } else if let error {
            for (offset, line) in error.wrapped(toWidth: grid.width - 4).prefix(3).enumerated() {
                grid.put(line, x: 2, y: y + offset, style: .error)
            }
        }
    }
}
