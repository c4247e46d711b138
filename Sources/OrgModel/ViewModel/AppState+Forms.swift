extension AppState {
    mutating func handleInviteForm(_ command: Command, _ form: InviteForm) -> [Effect] {
        var form = form
        switch command {
        case .nextField, .down: form.focus = InviteField(rawValue: (form.focus.rawValue + 1) % 4)!
        case .previousField, .up: form.focus = InviteField(rawValue: (form.focus.rawValue + 3) % 4)!
        case .backspace: form.focusedText = form.focusedText.map { String($0.dropLast()) }
        case .toggleRole1: form.roles.formSymmetricDifference([.admin])
        case .toggleRole2: form.roles.formSymmetricDifference([.developer])
        case .toggleRole3: form.roles.formSymmetricDifference([.analyst])
        case .toggleMark: form.connection = form.connection == .googleOAuth2 ? .usernamePassword : .googleOAuth2
        case .submit: return submitInvitation(form)
        default:
            pop()
            inviteDraft = form
            return []
        }
        replaceTop(.inviteForm(form))
        return []
    }

    /// Sends the invitation if every field is valid; otherwise points at the first problem, sending nothing.
    private mutating func submitInvitation(_ form: InviteForm) -> [Effect] {
        var form = form
        guard allows(.inviteUser) else { return [] }
        if let field = form.firstInvalidField {
            form.focus = field
            form.error = form.invitation.problem
            replaceTop(.inviteForm(form))
            fail("Not sent: \(form.error ?? "")")
            return []
        }
        let invitation = form.invitation
        let id = sendChange(.invite(invitation))
        form.sending = id
        form.error = nil
        replaceTop(.inviteForm(form))
        inform("Sending the invitation to \(invitation.email)…")
        return [.invite(id, invitation)]
    }

    mutating func handleProfileEditor(_ command: Command, _ form: ProfileForm) -> [Effect] {
        var form = form
        switch command {
        case .nextField, .previousField, .up, .down: form.focus = form.focus == .name ? .email : .name
        case .backspace: form.focusedText = String(form.focusedText.dropLast())
        case .submit: return submitProfile(form)
        default:
            pop()
            return []
        }
        replaceTop(.profileEditor(form))
        return []
    }

    /// Sends what changed in the profile if it is valid; the form keeps its input either way.
    private mutating func submitProfile(_ form: ProfileForm) -> [Effect] {
        var form = form
        guard allows(.updateMe) else { return [] }
        let update = form.update
        if update == UserUpdate() {
            pop()
            inform("No change to your profile.")
            return []
        }
        if let problem = update.problem {
            form.focus = form.problem(.name) != nil ? .name : .email
            form.error = problem
            replaceTop(.profileEditor(form))
            fail("Not saved: \(problem)")
            return []
        }
        let id = sendChange(.updateMe(update))
        form.saving = id
        form.error = nil
        replaceTop(.profileEditor(form))
        inform("Saving your profile…")
        return [.updateMe(id, update)]
    }
}
