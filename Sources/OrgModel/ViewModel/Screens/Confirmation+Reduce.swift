extension Confirmation: ScreenState {
    var screen: Screen { .confirmation(self) }

    /// The dialog's reducer: a command moves the highlight, or the dialog closes: on No changing nothing, on
    /// Yes doing its action (which `AppState.send` checks once more against the roles and read-only mode).
    mutating func reduce(_ command: Command, _ context: inout ScreenContext) -> [ScreenOutcome] {
        switch handle(command) {
        case .stay: []
        case .cancel: [.close, .status(.info("Cancelled: nothing was changed."))]
        case .confirm: [.close] + confirmed(by: context)
        }
    }

    /// The action once confirmed; a delete or a reset is never sent for yourself.
    private func confirmed(by context: ScreenContext) -> [ScreenOutcome] {
        switch action {
        case .delete(let user):
            context.isMe(user) ? [] : [.send(.delete(user)), .status(.info("Deleting \(user.name)…"))]
        case .resetPassword(let user):
            context.isMe(user)
                ? [] : [.send(.resetPassword(user)), .status(.info("Sending a password reset to \(user.email)…"))]
        case .deleteAll(let users):
            [.sendBulk(users.map { .part(.delete($0)) }, BulkProgress(total: users.count, kind: .delete))]
        case .resetPasswords(let users):
            [.sendBulk(users.map { .part(.resetPassword($0)) }, BulkProgress(total: users.count, kind: .resetPassword))]
        case .saveRoles(let editor) where editor.isBulk:
            [
                .sendBulk(
                    editor.users.map { .delta($0, editor.delta) },
                    BulkProgress(total: editor.users.count, label: editor.preview))
            ]
        case .saveRoles(let editor):
            editor.sending()
        }
    }
}
