extension AppState {
    /// Asks before deleting a user or sending them a password reset, naming them; default No.
    /// A Google user gets no reset dialog, only the reason.
    mutating func ask(_ command: Command, about user: User) -> [Effect] {
        if command == .resetPassword, user.signInConnection == .googleOAuth2 {
            status = .info("\(user.name) signs in with Google: they reset their password at Google, not here.")
            return []
        }
        screens.append(.confirmation(command == .delete ? .toDelete(user) : .toResetPassword(of: user)))
        return []
    }

    /// Turns the dialog's outcome into effects.
    mutating func apply(_ outcome: Confirmation.Outcome, from confirmation: Confirmation) -> [Effect] {
        switch outcome {
        case .stay:
            replaceTop(.confirmation(confirmation))
            return []
        case .confirm:
            return perform(confirmation.action)
        case .cancel:
            pop()
            status = .info("Cancelled: nothing was changed.")
            return []
        }
    }

    /// The confirmed action; `send` checks it once more against the roles and read-only mode.
    private mutating func perform(_ action: Confirmation.Action) -> [Effect] {
        pop()
        switch action {
        case .delete(let user):
            guard !isMe(user), let sent = send(.delete(user)) else { return [] }
            status = .info("Deleting \(user.name)…")
            return [sent.effect]
        case .resetPassword(let user):
            guard !isMe(user), let sent = send(.resetPassword(user)) else { return [] }
            status = .info("Sending a password reset to \(user.email)…")
            return [sent.effect]
        case .saveRoles(let editor) where editor.isBulk:
            return apply([.sendBulk(editor)])
        case .saveRoles(let editor):
            return apply(editor.sending())
        }
    }
}
