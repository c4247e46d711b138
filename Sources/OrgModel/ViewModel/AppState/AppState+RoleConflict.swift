extension AppState {
    /// A single user's role save found their roles changed meanwhile: keeps the set now and shows the
    /// conflict dialog, or updates it when it was the dialog's own answer that conflicted again.
    mutating func rolesConflicted(_ id: RequestID, _ change: RoleChange, now current: Set<Role>) {
        cacheRoles(current, of: change.user)
        if case .roleConflict(var conflict) = screen, conflict.saving == id {
            conflict.now = current
            conflict.saving = nil
            replaceTop(.roleConflict(conflict))
        } else if screen.takesInput(otherThan: id) {
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

    /// Closes the conflict dialog or the role editor waiting for save `id`, and the editor below the dialog.
    mutating func closeRoleScreens(savedBy id: RequestID) {
        switch screen {
        case .roleConflict(let conflict) where conflict.saving == id:
            _ = apply([.close, .closeEditor(of: conflict.user)])
        case .roleEditor(let editor) where editor.saving == id: pop()
        default: break
        }
    }
}
