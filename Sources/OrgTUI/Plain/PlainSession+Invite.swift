import OrgModel

extension PlainSession {
    /// Opens the invite form and asks its first field; each answer goes through the form's own checks.
    func invite() {
        give(.invite)
        guard case .inviteForm(let form) = state.screen else { return }
        // A form kept from last time opens where it was left: its fields are asked from the first.
        for _ in 0..<form.focus.rawValue { give(.previousField) }
        asking = .invite(.email)
    }

    /// What to ask for `field` of the invite form on top, with its current value in brackets.
    static func prompt(for field: InviteForm.Field, in state: AppState) -> String {
        guard case .inviteForm(let form) = state.screen else { return "" }
        let current: String
        switch field {
        case .email:
            return form.invitation.email.isEmpty ? "Email (empty line: cancel): " : "Email [\(form.invitation.email)]: "
        case .name: return form.invitation.name.isEmpty ? "Name: " : "Name [\(form.invitation.name)]: "
        case .roles: current = PlainPrinter.roles(form.roles)
        case .connection: current = form.connection.plainName
        }
        let choices =
            field == .roles
            ? "Roles, any of " + Role.allCases.map(\.rawValue).joined(separator: ", ")
            : "Sign-in, " + Connection.allCases.map(\.plainName).joined(separator: " or ")
        return "\(choices) [\(current)]: "
    }

    /// Puts `value` in `field` (an empty answer keeps what is there; an empty email cancels the invitation),
    /// then asks the next field, or sends the invitation after the last; a value the form refuses is asked
    /// again, with the form's reason.
    func fill(_ field: InviteForm.Field, with value: String) {
        guard case .inviteForm(let form) = state.screen else {
            asking = nil
            return
        }
        if !value.isEmpty, let problem = set(field, of: form, to: value) {
            say([problem])
            return
        }
        if field == .email, value.isEmpty, form.invitation.email.isEmpty {
            asking = nil
            give(.back)
            say(["Invitation not sent."])
            return
        }
        guard field == .connection else {
            give(.nextField)
            asking = .invite(InviteForm.Field(rawValue: field.rawValue + 1) ?? .connection)
            return
        }
        give(.submit)
        if case .inviteForm(let form) = state.screen, form.sending == nil {
            // Refused: the form moved to the field at fault, and the status line says why.
            asking = .invite(form.focus)
        } else {
            asking = nil
        }
    }

    /// Sets one field of `form` through the form's commands; why the value is refused, or nil.
    private func set(_ field: InviteForm.Field, of form: InviteForm, to value: String) -> String? {
        switch field {
        case .email, .name:
            for _ in (field == .email ? form.invitation.email : form.invitation.name) { give(.backspace) }
            dispatch(.typed(value))
        case .roles:
            let roles: Set<Role>
            do throws(PlainCommand.Refusal) {
                roles = try PlainCommand.roles(
                    value.split(whereSeparator: { $0 == " " || $0 == "," }).joined(separator: ","))
            } catch {
                return error.message
            }
            for (role, toggle) in Self.roleToggles where form.roles.contains(role) != roles.contains(role) {
                give(toggle)
            }
        case .connection:
            guard let connection = Connection.allCases.first(where: { $0.plainName == value.lowercased() })
            else {
                return "Answer " + Connection.allCases.map(\.plainName).joined(separator: " or ") + "."
            }
            if connection != form.connection { give(.toggleChoice) }
        }
        guard case .inviteForm(let form) = state.screen else { return nil }
        return form.problem(field)
    }
}

extension Connection {
    /// The word the line mode's invite takes for this connection: `google-oauth2` or `password`.
    fileprivate var plainName: String {
        switch self {
        case .googleOAuth2: rawValue
        case .usernamePassword: "password"
        }
    }
}
