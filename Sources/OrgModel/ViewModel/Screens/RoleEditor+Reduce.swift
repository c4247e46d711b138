extension RoleEditor: ScreenState {
    var screen: Screen { .roleEditor(self) }

    /// The editor's reducer: a command moves, flips a role, closes the editor or saves (`save`).
    mutating func reduce(_ command: Command, _ context: inout ScreenContext) -> [ScreenOutcome] {
        switch handle(command) {
        case .stay: []
        case .close: [.close]
        case .save: save(by: context)
        }
    }

    /// Saves the change, after a confirmation for a bulk change or your own admin role; a change that changes
    /// nothing closes the editor (one user) or is not sent (a bulk change), and a role set the organization's
    /// rules refuse (none at all) is refused here, in the words the save's answer would have.
    private mutating func save(by context: ScreenContext) -> [ScreenOutcome] {
        guard let before, let after, let user = users.first else {
            guard hasChange else { return [.status(.info("No change to save: toggle a role first."))] }
            let losingMyAdmin = remove.contains(.admin) && users.contains(where: context.isMe)
            return [.push(.confirmation(.toSaveBulk(self, losingMyAdmin: losingMyAdmin)))]
        }
        if after == before { return [.close, .status(.info("No change to the roles of \(user.name)."))] }
        do throws(BackendError) {
            try OrganizationRules.checkRoles(after)
        } catch {
            self.error = error.message
            return [.status(.failure(error, PendingChange.roles(change(for: user, from: before)).failed))]
        }
        if context.isMe(user), before.contains(.admin), !after.contains(.admin) {
            return [.push(.confirmation(.toRemoveMyAdmin(self)))]
        }
        return sending()
    }

    /// Sends a single user's change; the editor (then on top) waits for the answer.
    func sending() -> [ScreenOutcome] {
        guard let before, let user = users.first else { return [] }
        return [.send(.roles(change(for: user, from: before))), .status(.info("Saving the roles of \(user.name)…"))]
    }
}
