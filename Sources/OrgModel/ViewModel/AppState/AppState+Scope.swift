extension AppState {
    /// TCA's `Scope` over the stack: runs `reducer` on the topmost screen of kind `S` that `matches` (for a
    /// command, the screen on top), puts the screen back, and applies what the reducer asks of the app
    /// (`apply`). Does nothing when no such screen is open.
    mutating func scope<S: ScreenState>(
        _ kind: S.Type, where matches: (S) -> Bool = { _ in true },
        _ reducer: (inout S, inout ScreenContext) -> [ScreenOutcome]
    ) -> [Effect] {
        guard let index = screens.lastIndex(where: { $0.state(S.self).map(matches) == true }),
            var child = screens[index].state(S.self)
        else { return [] }
        var context = ScreenContext(
            me: me, bodyRows: bodyRows, activeProfile: activeProfile, nextRequestID: nextRequestID)
        let outcome = reducer(&child, &context)
        nextRequestID = context.nextRequestID
        screens[index] = child.screen
        return apply(outcome, from: index)
    }

    /// Applies a screen's outcome step by step, the screen being at `index` on the stack (the top when
    /// nil), and returns the effects to perform.
    mutating func apply(_ outcome: [ScreenOutcome], from index: Int? = nil) -> [Effect] {
        let index = index ?? screens.count - 1
        var effects: [Effect] = []
        for step in outcome {
            switch step {
            case .close:
                if index > 0, index < screens.count { screens.removeSubrange(index...) }
            case .push(let screen):
                screens.append(screen)
            case .send(let change):
                guard let sent = send(change) else { return effects }
                screens[screens.count - 1].sent(sent.id)
                effects.append(sent.effect)
            case .status(let message):
                status = message
            case .perform(let more):
                effects += more
            case .closeEditor(let user):
                if case .roleEditor(let editor) = screen, !editor.isBulk, editor.users.first?.id == user.id { pop() }
            case .sendBulk(let changes, let progress):
                if case .roleEditor = screen { pop() }
                let sent = startBulk(changes, progress)
                // The users are unmarked once the change is sent; those whose part fails are marked again.
                if !sent.isEmpty { users.marks = [:] }
                effects += sent
            case .filter(let roles, let connection):
                effects += runSearch(users.nameSearch, roles: roles, connection: connection)
            case .keepDraft(let form):
                inviteDraft = form
            }
        }
        return effects
    }
}
