/// The role checklist: for one user, the new role set; for marked users, roles to add and to remove.
public struct RoleEditor: Hashable, Sendable {
    /// What the editor asks of the app after a command.
    enum Outcome: Hashable, Sendable {
        /// Stay open: the highlight moved or a role flipped.
        case stay
        /// Close without saving.
        case close
        /// Save the change (the app decides whether to ask first).
        case save
    }

    /// The user being edited, or the marked users (ordered by name) for a bulk change.
    public internal(set) var users: [User]
    /// The single user's current roles; nil for a bulk change.
    public internal(set) var before: Set<Role>?
    /// Roles to add, and roles to remove.
    public internal(set) var add: Set<Role> = []
    public internal(set) var remove: Set<Role> = []
    /// The role the cursor is on (space toggles it).
    public internal(set) var highlighted: Role = .admin
    /// The save request in flight, while the editor waits for its answer.
    public internal(set) var saving: RequestID?
    /// Why the last save failed; the choices stay as they were.
    public internal(set) var error: String?

    init(user: User, roles: Set<Role>) {
        users = [user]
        before = roles
    }

    init(bulk users: [User]) {
        self.users = users
        before = nil
    }

    /// Whether this changes several users by adding and removing roles.
    public var isBulk: Bool { before == nil }

    /// The single user's role set after the change; nil for a bulk change.
    public var after: Set<Role>? { before.map(delta.applied) }

    /// Whether a role is checked: for one user, in the new set; for a bulk change, being added.
    public func isChecked(_ role: Role) -> Bool { after?.contains(role) ?? add.contains(role) }

    /// The roles to add and to remove.
    public var delta: RoleDelta { RoleDelta(add: add, remove: remove) }

    /// The change in short, such as `+admin -analyst`, or `no change`.
    public var preview: String { delta.description }

    /// Whether any role is to be added or removed.
    var hasChange: Bool { !delta.isEmpty }

    /// Applies a command: Up and Down move the highlight, Space and 1-3 flip roles, Enter saves, and
    /// anything else closes the editor.
    mutating func handle(_ command: Command) -> Outcome {
        if let role = command.toggledRole {
            toggle(role)
            return .stay
        }
        switch command {
        case .up: moveHighlight(by: -1)
        case .down: moveHighlight(by: 1)
        case .toggleChoice: toggle(highlighted)
        case .submit: return .save
        default: return .close
        }
        return .stay
    }

    /// Flips a role: for one user, in or out of the new set; for a bulk change, keep -> add -> remove -> keep.
    private mutating func toggle(_ role: Role) {
        error = nil
        if let before {
            let checked = isChecked(role)
            add.remove(role)
            remove.remove(role)
            if checked, before.contains(role) { remove.insert(role) }
            if !checked, !before.contains(role) { add.insert(role) }
        } else if add.contains(role) {
            add.remove(role)
            remove.insert(role)
        } else if remove.contains(role) {
            remove.remove(role)
        } else {
            add.insert(role)
        }
    }

    /// The change for one user whose current roles are `roles`.
    func change(for user: User, from roles: Set<Role>) -> RoleChange {
        RoleChange(user: user, before: roles, after: delta.applied(to: roles))
    }

    /// Moves the highlight up or down the three roles.
    private mutating func moveHighlight(by step: Int) {
        let all = Role.allCases
        let index = all.firstIndex(of: highlighted)! + step
        highlighted = all[min(max(index, 0), all.count - 1)]
    }
}
