extension AppState {
    /// A single user's role save found their roles changed meanwhile: keeps the set now and shows the
    /// conflict dialog, or updates it when it was the dialog's own answer that conflicted again.
    mutating func rolesConflicted(_ id: RequestID, _ change: RoleChange, now current: Set<Role>) {
        cacheRoles(current, of: change.user)
        if case .roleConflict(var conflict) = screen, conflict.saving == id {
            conflict.now = current
            conflict.saving = nil
            replaceTop(.roleConflict(conflict))
        } else if takesInput(otherThan: id) {
            status = .error(
                "Not saved: someone else changed the roles of \(change.user.name) to \(current.label) meanwhile; "
                    + "nothing was changed.")
            return
        } else {
            if case .roleEditor(var editor) = screen, editor.saving == id {
                editor.saving = nil
                replaceTop(.roleEditor(editor))
            }
            screens.append(
                .roleConflict(RoleConflict(user: change.user, opened: change.before, now: current, yours: change.after))
            )
        }
        status = .error(
            "Someone else changed the roles of \(change.user.name) to \(current.label). Choose what to save.")
    }

    /// Whether the screen on top is a form, a dialog or another role editor than the one that sent `id`:
    /// a conflict from elsewhere (an undo) does not open its dialog over what the admin is typing or answering.
    private func takesInput(otherThan id: RequestID) -> Bool {
        switch screen {
        case .roleEditor(let editor): editor.saving != id
        case .inviteForm, .profileEditor, .confirmation, .roleConflict: true
        default: false
        }
    }

    /// Turns the conflict dialog's answer into effects: a save based on the set now, or nothing.
    mutating func apply(_ outcome: RoleConflict.Outcome, from conflict: RoleConflict) -> [Effect] {
        let name = conflict.user.name
        switch outcome {
        case .stay:
            replaceTop(.roleConflict(conflict))
            return []
        case .cancel:
            closeRoleScreens(of: conflict.user)
            status = .info("Cancelled: the roles of \(name) stay as someone else set them: \(conflict.now.label).")
            return []
        case .save(let roles) where roles == conflict.now:
            closeRoleScreens(of: conflict.user)
            status = .info("No change to save: the roles of \(name) already are \(roles.label).")
            return []
        case .save(let roles):
            guard let sent = send(.roles(RoleChange(user: conflict.user, before: conflict.now, after: roles)))
            else { return [] }
            var conflict = conflict
            conflict.saving = sent.id
            replaceTop(.roleConflict(conflict))
            status = .info("Saving the roles of \(name): \(roles.label)…")
            return [sent.effect]
        }
    }

    /// Closes the conflict dialog or the role editor waiting for save `id`, and the editor below the dialog.
    mutating func closeRoleScreens(savedBy id: RequestID) {
        switch screen {
        case .roleConflict(let conflict) where conflict.saving == id: closeRoleScreens(of: conflict.user)
        case .roleEditor(let editor) where editor.saving == id: pop()
        default: break
        }
    }

    /// Closes the conflict dialog about `user` and the role editor for them below it.
    private mutating func closeRoleScreens(of user: User) {
        if case .roleConflict(let conflict) = screen, conflict.user.id == user.id { pop() }
        if case .roleEditor(let editor) = screen, !editor.isBulk, editor.users.first?.id == user.id { pop() }
    }
}
