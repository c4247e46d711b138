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
            inform("The roles of \(user.name) are still loading.")
            return users.detailsRequests[user.id] == nil ? [requestDetails([user.id])] : []
        }
        screens.append(.roleEditor(RoleEditor(user: user, roles: roles)))
        return []
    }

    /// Turns the role editor's outcome into effects.
    mutating func apply(_ outcome: RoleEditor.Outcome, from editor: RoleEditor) -> [Effect] {
        switch outcome {
        case .stay:
            replaceTop(.roleEditor(editor))
            return []
        case .close:
            pop()
            return []
        case .save:
            return saveRoles(editor)
        }
    }

    /// Saves the editor's change, after a confirmation for a bulk change, an empty role set, or your own
    /// admin role.
    private mutating func saveRoles(_ editor: RoleEditor) -> [Effect] {
        guard let before = editor.before, let after = editor.after, let user = editor.users.first else {
            guard editor.hasChange else {
                inform("No change to save: toggle a role first.")
                return []
            }
            let losingMyAdmin = editor.remove.contains(.admin) && editor.users.contains(where: isMe)
            screens.append(.confirmation(.toSaveBulk(editor, losingMyAdmin: losingMyAdmin)))
            return []
        }
        if after == before {
            pop()
            inform("No change to the roles of \(user.name).")
            return []
        }
        if after.isEmpty {
            screens.append(.confirmation(.toRemoveEveryRole(editor, of: user)))
            return []
        }
        if isMe(user), before.contains(.admin), !after.contains(.admin) {
            screens.append(.confirmation(.toRemoveMyAdmin(editor)))
            return []
        }
        return sendRoles(editor)
    }

    /// Sends a single user's change; the editor stays open until the answer.
    mutating func sendRoles(_ editor: RoleEditor) -> [Effect] {
        guard let before = editor.before, let user = editor.users.first,
            let sent = send(.roles(editor.change(for: user, from: before), bulk: false))
        else { return [] }
        var editor = editor
        editor.saving = sent.id
        editor.error = nil
        if case .roleEditor = screen { replaceTop(.roleEditor(editor)) }
        inform("Saving the roles of \(user.name)…")
        return [sent.effect]
    }

    /// Applies a bulk editor's change to each marked user whose roles are known; reports the others.
    mutating func sendBulk(_ editor: RoleEditor) -> [Effect] {
        guard allows(.setRoles) else { return [] }
        var changes: [RoleChange] = []
        var unknown: [String] = []
        for user in editor.users {
            if let roles = users.roles[user.id] {
                changes.append(editor.change(for: user, from: roles))
            } else {
                unknown.append(user.id)
            }
        }
        users.marks = users.marks.filter { unknown.contains($0.key) }
        var effects = startBulk(
            changes, label: editor.preview,
            failures: unknown.map { "\(name(ofUserID: $0)): roles not loaded yet" })
        let toLoad = unknown.filter { users.detailsRequests[$0] == nil }
        if !toLoad.isEmpty { effects.append(requestDetails(toLoad)) }
        return effects
    }

    /// Sends several changes as one bulk change, counted and reported as the answers come in.
    private mutating func startBulk(_ changes: [RoleChange], label: String, failures: [String] = []) -> [Effect] {
        let effective = changes.filter { $0.before != $0.after }
        bulk = BulkProgress(
            total: changes.count + failures.count, label: label,
            succeeded: changes.count - effective.count, failures: failures)
        undoable = []
        let effects = effective.compactMap { send(.roles($0, bulk: true))?.effect }
        finishBulkIfDone()
        return effects
    }

    /// Takes back the last role change (or the successes of the last bulk change).
    mutating func undo() -> [Effect] {
        let changes = undoable.map(\.reversed)
        guard let first = changes.first else { return [] }
        if changes.count > 1 { return startBulk(changes, label: "undo") }
        guard let sent = send(.roles(first, bulk: false)) else { return [] }
        undoable = []
        inform("Undoing: the roles of \(first.user.name) go back to \(first.after.label)…")
        return [sent.effect]
    }

    /// A role change was answered: updates the cache and undo, or reports the failure.
    mutating func rolesAnswered(
        _ id: RequestID, _ change: RoleChange, bulk isBulk: Bool,
        _ result: Result<User?, BackendError>
    ) -> [Effect] {
        var effects: [Effect] = []
        switch result {
        case .success:
            users.roles[change.user.id] = change.after
            users.detailsRequests[change.user.id] = nil
            if isMe(change.user) { me?.roles = change.after }
            if isBulk {
                undoable.append(change)
                bulk?.succeeded += 1
            } else {
                undoable = [change]
                if case .roleEditor(let editor) = screen, editor.saving == id { pop() }
                succeed("Roles of \(change.user.name): \(change.after.label). Press u to undo.")
            }
        case .failure(let error):
            if error == .notFound { effects = removeVanished(userID: change.user.id) }
            if isBulk {
                bulk?.failures.append("\(change.user.name): \(error.message)")
                if error != .notFound { users.marks[change.user.id] = change.user }
            } else if error != .notFound {
                if case .roleEditor(var editor) = screen, editor.saving == id {
                    editor.saving = nil
                    editor.error = error.message
                    replaceTop(.roleEditor(editor))
                }
                report(error, "The roles of \(change.user.name) were not saved")
            }
        }
        if isBulk { finishBulkIfDone() }
        return effects
    }

    /// Shows a bulk change's progress, or its summary with each failure once every answer is in.
    private mutating func finishBulkIfDone() {
        guard let progress = bulk else { return }
        guard progress.isFinished else {
            inform(progress.statusText)
            return
        }
        bulk = nil
        if progress.failures.isEmpty {
            succeed("Roles changed (\(progress.label)) for \(progress.total) users. Press u to undo.")
        } else {
            fail(
                "Roles changed (\(progress.label)) for \(progress.succeeded) of \(progress.total) users; "
                    + "failed, still marked: " + progress.failures.joined(separator: "; "))
        }
    }
}
