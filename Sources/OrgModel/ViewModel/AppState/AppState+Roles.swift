extension AppState {
    /// Opens the role editor for one user (their roles must be known) or, with nil, for the marked users.
    mutating func openRoleEditor(for user: User?) -> [Effect] {
        guard let user else {
            let marked = users.marked
            guard !marked.isEmpty else { return [] }
            screens.append(.roleEditor(RoleEditor(bulk: marked)))
            return []
        }
        guard let roles = users.roles[user.id] else {
            status = .info("The roles of \(user.name) are still loading.")
            return users.detailsRequests[user.id] == nil
                ? [users.requestDetails([user.id], nextRequestID: &nextRequestID)] : []
        }
        screens.append(.roleEditor(RoleEditor(user: user, roles: roles)))
        return []
    }

    /// Sends one change per user as one bulk change, counted and reported as the answers come in; nothing when
    /// the signed-in user may not make it. A role change's successes become one batch of the undo history.
    mutating func startBulk(_ changes: [PendingChange], _ progress: BulkProgress) -> [Effect] {
        // The permission the effects of these changes need (all of one kind), as `send` will check it.
        guard let permission = changes.first?.request(RequestID(0)).requiredPermission, allows(permission) else {
            return []
        }
        if progress.kind == .roles { history.beginBulk(label: progress.label) }
        bulk = progress
        let effects = changes.compactMap { send($0)?.effect }
        finishBulkIfDone()
        return effects
    }

    /// Takes back the newest batch of role changes (`.undo`), or makes the last one undone again (`.redo`):
    /// one user's based on the roles it left them with (a conflict asks what to do), a bulk change's per user
    /// on a fresh read.
    mutating func travel(_ direction: UndoHistory.Direction) -> [Effect] {
        guard let batch = history.next(direction) else { return [] }
        let changes = history.begin(direction)
        if batch.isBulk {
            let progress = BulkProgress(
                total: changes.count, label: batch.label, kind: direction == .undo ? .undo : .redo)
            return startBulk(changes.map { .delta($0.user, RoleDelta(from: $0.before, to: $0.after)) }, progress)
        }
        guard let change = changes.first, let sent = send(.roles(change)) else {
            history.finish()
            return []
        }
        history.sent(sent.id)
        status = .info(UndoHistory.sending(direction, change, label: batch.label))
        return [sent.effect]
    }

    /// One user's part of a bulk change was answered: a role change with the roles just before and after it,
    /// a deletion or a password reset with nil. A failed part leaves its user marked.
    mutating func bulkAnswered(_ id: RequestID, _ result: Result<RoleTransition?, BackendError>) -> [Effect] {
        guard let change = pendingChanges[id], change.isPart, let user = change.subject else { return [] }
        pendingChanges[id] = nil
        var effects: [Effect] = []
        switch result {
        case .success(let transition?):
            cacheRoles(transition.after, of: user)
            let changed = transition.after != transition.before
            history.made(
                changed ? RoleChange(user: user, before: transition.before, after: transition.after) : nil, of: user)
            if !changed { bulk?.unchanged += 1 }
            bulk?.succeeded += 1
        case .success(nil):
            if case .part(.delete) = change { effects = removeUser(id: user.id) }
            bulk?.succeeded += 1
        case .failure(let error):
            if case .rolesChanged(let current) = error { cacheRoles(current, of: user) }
            if error == .notFound {
                effects = removeUser(id: user.id, vanished: true)
            } else {
                users.marks[user.id] = user
            }
            bulk?.failures.append("\(user.name): \(error.message)")
        }
        finishBulkIfDone()
        return effects
    }

    /// Keeps `roles` as the user's roles (and yours, when the user is you).
    mutating func cacheRoles(_ roles: Set<Role>, of user: User) {
        users.roles[user.id] = roles
        users.detailsRequests[user.id] = nil
        if isMe(user) { me?.roles = roles }
    }

    /// Shows a bulk change's progress, or its summary with each failure once every answer is in.
    private mutating func finishBulkIfDone() {
        guard let progress = bulk else { return }
        guard progress.isFinished else {
            status = .info(progress.statusText)
            return
        }
        bulk = nil
        if [.roles, .undo, .redo].contains(progress.kind) { history.finish() }
        if progress.failures.isEmpty { status = .success(progress.summary) } else { status = .error(progress.summary) }
    }

    /// A single user's role save found their roles changed meanwhile: keeps the set now and shows the
    /// conflict dialog, or updates it when it was the dialog's own answer that conflicted again.
    mutating func rolesConflicted(_ id: RequestID, _ change: RoleChange, now current: Set<Role>) {
        cacheRoles(current, of: change.user)
        if case .roleConflict(var conflict) = screen, conflict.saving == id {
            conflict.now = current
            conflict.saving = nil
            screens[screens.count - 1] = .roleConflict(conflict)
        } else if screen.takesInput(otherThan: id) {
            status = .error(
                "Not saved: someone else changed the roles of \(change.user.name) to \(current.label) meanwhile; "
                    + "nothing was changed.")
            return
        } else {
            if case .roleEditor(var editor) = screen, editor.saving == id {
                editor.saving = nil
                screens[screens.count - 1] = .roleEditor(editor)
            }
            screens.append(
                .roleConflict(RoleConflict(user: change.user, opened: change.before, now: current, yours: change.after))
            )
        }
        status = .error(
            "Someone else changed the roles of \(change.user.name) to \(current.label). Choose what to save.")
    }
}
