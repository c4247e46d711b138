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

    /// The answer to a change (roles, invite, delete, password reset, profile); dropped unless awaited.
    mutating func changeAnswered(_ id: RequestID, _ result: Result<User?, BackendError>) -> [Effect] {
        guard let change = pendingChanges.removeValue(forKey: id) else { return [] }
        switch change {
        case .roles(let roleChange):
            return rolesAnswered(id, roleChange, result)
        case .delta:
            return []  // answered by `rolesApplied`; any other answer under its id is not its own
        case .delete(let user):
            return deleteAnswered(user, result)
        case .resetPassword(let user):
            return resetAnswered(user, result)
        case .invite(let invitation):
            return inviteAnswered(id, invitation, result)
        case .updateMe:
            return profileAnswered(id, result)
        }
    }

    private mutating func deleteAnswered(_ user: User, _ result: Result<User?, BackendError>) -> [Effect] {
        switch result {
        case .success:
            let effects = removeUser(id: user.id)
            status = .success("Deleted \(user.name) <\(user.email)>.")
            return effects
        case .failure(.notFound):
            return removeVanished(userID: user.id)
        case .failure(let error):
            status = .failure(error, "\(user.name) was not deleted")
            return []
        }
    }

    private mutating func resetAnswered(_ user: User, _ result: Result<User?, BackendError>) -> [Effect] {
        switch result {
        case .success:
            status = .success("Password reset email sent to \(user.email).")
            return []
        case .failure(.notFound):
            return removeVanished(userID: user.id)
        case .failure(let error):
            status = .failure(error, "No password reset sent to \(user.name)")
            return []
        }
    }

    private mutating func inviteAnswered(
        _ id: RequestID, _ invitation: Invitation,
        _ result: Result<User?, BackendError>
    ) -> [Effect] {
        switch result {
        case .success:
            if case .inviteForm(let form) = screen, form.sending == id { pop() }
            let effects = refreshPages()
            status = .success(
                "Invited \(invitation.name) <\(invitation.email)> as \(invitation.roles.label). "
                    + invitation.connection.inviteeInstructions)
            return effects
        case .failure(let error):
            if case .inviteForm(var form) = screen, form.sending == id {
                form.sending = nil
                form.error = error.message
                replaceTop(.inviteForm(form))
            }
            status = .failure(error, "Invitation not sent")
            return []
        }
    }

    private mutating func profileAnswered(_ id: RequestID, _ result: Result<User?, BackendError>) -> [Effect] {
        switch result {
        case .success(let user):
            if let user { replaceUser(user) }
            if case .profileEditor(let form) = screen, form.saving == id { pop() }
            status = .success("Profile saved.")
        case .failure(let error):
            if case .conflict(let detail) = error {
                profileLockedReason = "Your profile cannot be edited here: \(detail)"
            }
            if case .profileEditor(var form) = screen, form.saving == id {
                form.saving = nil
                form.error = error.message
                replaceTop(.profileEditor(form))
            }
            status = .failure(error, "Profile not saved")
        }
        return []
    }
}
