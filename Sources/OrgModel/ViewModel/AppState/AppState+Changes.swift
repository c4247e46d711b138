extension AppState {
    /// Sends a change: hands out a request id, keeps the change under it until the answer, and returns
    /// the effect that asks for it. Returns nil, sending nothing, when the signed-in user may not make
    /// the change now: the effect's own `requiredPermission` decides, so the check and the request agree.
    mutating func send(_ change: PendingChange) -> (id: RequestID, effect: Effect)? {
        let id = RequestID(nextRequestID)
        let effect = change.request(id)
        guard let permission = effect.requiredPermission, allows(permission) else { return nil }
        nextRequestID += 1
        pendingChanges[id] = change
        return (id, effect)
    }

    /// The answer to a change (roles, invite, delete, password reset, profile), dropped unless awaited: the
    /// list, the undo history and the screen waiting for it learn the outcome, and the status line says it; a
    /// part of a bulk change is counted by `bulkAnswered`. A user the
    /// backend no longer knows is removed; a role save that found the roles changed meanwhile asks what to do.
    mutating func changeAnswered(_ id: RequestID, _ result: Result<User?, BackendError>) -> [Effect] {
        if case .part = pendingChanges[id] { return bulkAnswered(id, result.map { _ in nil }) }
        // A bulk role change's part is answered by `rolesApplied`; any other answer under its id is not its own.
        guard let change = pendingChanges.removeValue(forKey: id), var succeeded = change.succeeded else { return [] }
        // The answer to a one-user undo or redo ends it; when someone else changed the roles meanwhile, the
        // conflict dialog takes over and the history forgets that change.
        var run: UndoHistory.Run?
        if history.owns(id) {
            if case .roles(let roles) = change, case .success = result { history.made(roles, of: roles.user) }
            let conflicted = if case .failure(.rolesChanged) = result { true } else { false }
            run = history.finish(dropFailed: conflicted)
        }
        if case .failure(.notFound) = result, let user = change.subject {
            return removeUser(id: user.id, vanished: true)
        }
        switch (change, result) {
        case (.roles(let roles), .failure(.rolesChanged(let current))):
            rolesConflicted(id, roles, now: current)
            return []
        case (_, .failure(let error)):
            if case .updateMe = change, case .conflict(let detail) = error {
                profileLockedReason = "Your profile cannot be edited here: \(detail)"
            }
            if screen.awaiting == id { screens[screens.count - 1].failed(error.message) }
            status = .failure(error, change.failed)
            return []
        case (_, .success(let saved)):
            var effects: [Effect] = []
            switch change {
            case .roles(let roles):
                cacheRoles(roles.after, of: roles.user)
                if let run {
                    succeeded = UndoHistory.done(run.direction, roles, label: run.taken.label)
                } else {
                    history.record(roles)
                }
                // Saved on top of the roles as they are now: what else changed is shown, and the notice goes.
                if refresh.changedElsewhere.remove(roles.user.id) != nil {
                    effects.append(users.requestDetails([roles.user.id], nextRequestID: &nextRequestID))
                }
            case .delete(let user): effects = removeUser(id: user.id)
            case .invite: effects = users.dropPages() + ensureLoaded()
            case .updateMe: if let saved { replaceUser(saved) }
            case .delta, .part, .resetPassword: break
            }
            if screen.awaiting == id {
                pop()
                if let user = change.subject { _ = apply([.closeEditor(of: user)]) }
            }
            status = .success(succeeded)
            return effects
        }
    }
}
