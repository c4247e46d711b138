extension RoleConflict: ScreenState {
    var screen: Screen { .roleConflict(self) }

    /// The dialog's reducer: an answer saves a set based on the set now, or closes the dialog and the editor
    /// below it, changing nothing (cancel, or a set that already is the set now).
    mutating func reduce(_ command: Command, _ context: inout ScreenContext) -> [ScreenOutcome] {
        switch handle(command) {
        case .stay:
            return []
        case .cancel:
            return [
                .close, .closeEditor(of: user),
                .status(.info("Cancelled: the roles of \(user.name) stay as someone else set them: \(now.label).")),
            ]
        case .save(let roles) where roles == now:
            return [
                .close, .closeEditor(of: user),
                .status(.info("No change to save: the roles of \(user.name) already are \(roles.label).")),
            ]
        case .save(let roles):
            return [
                .send(.roles(RoleChange(user: user, before: now, after: roles))),
                .status(.info("Saving the roles of \(user.name): \(roles.label)…")),
            ]
        }
    }
}
