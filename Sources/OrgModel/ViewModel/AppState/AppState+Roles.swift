extension AppState {
    /// Opens the role editor for one user (their roles must be known) or, with nil, for the marked users.
    mutating func openRoleEditor(for user: User?) -> [Effect] {
        guard let user else {
            let marked = users.marks.values.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
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

    /// Sends one delta per user as one bulk change, counted and reported as the answers come in.
    mutating func startBulk(_ deltas: [(User, RoleDelta)], label: String) -> [Effect] {
        bulk = BulkProgress(total: deltas.count, label: label)
        undoable = []
        undoesBulk = true
        let effects = deltas.compactMap { send(.delta($0.0, $0.1))?.effect }
        finishBulkIfDone()
        return effects
    }

    /// Takes back the last role change, based on the set it produced, or each user's part of the last bulk
    /// change on a fresh read.
    mutating func undo() -> [Effect] {
        let changes = undoable.map(\.reversed)
        guard let first = changes.first else { return [] }
        if undoesBulk {
            return startBulk(changes.map { ($0.user, RoleDelta(from: $0.before, to: $0.after)) }, label: "undo")
        }
        guard let sent = send(.roles(first)) else { return [] }
        undoable = []
        status = .info("Undoing: the roles of \(first.user.name) go back to \(first.after.label)…")
        return [sent.effect]
    }

    /// One user's part of a bulk change was answered with the roles just before and after it.
    mutating func rolesApplied(_ id: RequestID, _ result: Result<RoleTransition, BackendError>) -> [Effect] {
        guard case .delta(let user, _) = pendingChanges[id] else { return [] }
        pendingChanges[id] = nil
        var effects: [Effect] = []
        switch result {
        case .success(let transition):
            cacheRoles(transition.after, of: user)
            if transition.after != transition.before {
                undoable.append(RoleChange(user: user, before: transition.before, after: transition.after))
            } else {
                bulk?.unchanged += 1
            }
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
