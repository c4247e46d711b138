extension AppState {
    /// Asks before deleting a user or sending them a password reset, naming them; default No.
    /// A Google user gets no reset dialog, only the reason.
    mutating func ask(_ command: Command, about user: User) -> [Effect] {
        if command == .resetPassword, user.signInConnection == .googleOAuth2 {
            inform("\(user.name) signs in with Google: they reset their password at Google, not here.")
            return []
        }
        let who = "\(user.name) <\(user.email)>"
        let confirmation = command == .delete
            ? Confirmation(.delete(user), question: "Delete \(who)?",
                           detail: "They lose access to the organization at once. This cannot be undone.")
            : Confirmation(.resetPassword(user), question: "Send a password reset email to \(who)?",
                           detail: user.signInConnection == .usernamePassword
                               ? "They get an email with a link to choose a new password."
                               : "Only for username-password users: google-oauth2 users reset their "
                                   + "password through Google.")
        screens.append(.confirmation(confirmation))
        return []
    }

    /// `y` confirms; Enter takes the highlighted answer (No at first); Tab switches it; `n` or Esc cancel.
    mutating func handleConfirmation(_ command: Command, _ confirmation: Confirmation) -> [Effect] {
        switch command {
        case .confirm:
            return perform(confirmation.action)
        case .submit where confirmation.yesSelected:
            return perform(confirmation.action)
        case .nextField, .previousField:
            var confirmation = confirmation
            confirmation.yesSelected.toggle()
            replaceTop(.confirmation(confirmation))
            return []
        default:
            pop()
            inform("Cancelled: nothing was changed.")
            return []
        }
    }

    /// The confirmed action, checked once more against the roles and read-only mode.
    private mutating func perform(_ action: ConfirmedAction) -> [Effect] {
        pop()
        switch action {
        case .delete(let user):
            guard allows(.deleteUser), !isMe(user) else { return [] }
            inform("Deleting \(user.name)…")
            return [.delete(sendChange(.delete(user)), userID: user.id)]
        case .resetPassword(let user):
            guard allows(.resetPassword), !isMe(user) else { return [] }
            inform("Sending a password reset to \(user.email)…")
            return [.resetPassword(sendChange(.resetPassword(user)), userID: user.id)]
        case .saveRoles(let editor) where editor.isBulk:
            if case .roleEditor = screen { pop() }
            return sendBulk(editor)
        case .saveRoles(let editor):
            return sendRoles(editor)
        }
    }

    /// Records a change as waiting for its answer, under a new request id.
    mutating func sendChange(_ change: PendingChange) -> RequestID {
        let id = newRequestID()
        pendingChanges[id] = change
        return id
    }
}
