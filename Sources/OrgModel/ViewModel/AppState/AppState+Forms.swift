extension AppState {
    /// Turns the invite form's outcome into effects: Esc keeps the form as a draft for next time.
    mutating func apply(_ outcome: InviteForm.Outcome, from form: InviteForm) -> [Effect] {
        var form = form
        switch outcome {
        case .stay:
            replaceTop(.inviteForm(form))
        case .close:
            pop()
            inviteDraft = form
        case .refused(let reason):
            replaceTop(.inviteForm(form))
            status = .error("Not sent: \(reason)")
        case .send(let invitation):
            guard let sent = send(.invite(invitation)) else { return [] }
            form.sending = sent.id
            form.error = nil
            replaceTop(.inviteForm(form))
            status = .info("Sending the invitation to \(invitation.email)…")
            return [sent.effect]
        }
        return []
    }

    /// Turns the profile editor's outcome into effects; the form keeps its input until the save succeeds.
    mutating func apply(_ outcome: ProfileForm.Outcome, from form: ProfileForm) -> [Effect] {
        var form = form
        switch outcome {
        case .stay:
            replaceTop(.profileEditor(form))
        case .close:
            pop()
        case .unchanged:
            pop()
            status = .info("No change to your profile.")
        case .refused(let reason):
            replaceTop(.profileEditor(form))
            status = .error("Not saved: \(reason)")
        case .save(let update):
            guard let sent = send(.updateMe(update)) else { return [] }
            form.saving = sent.id
            form.error = nil
            replaceTop(.profileEditor(form))
            status = .info("Saving your profile…")
            return [sent.effect]
        }
        return []
    }
}
