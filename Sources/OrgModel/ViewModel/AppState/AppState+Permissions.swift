extension AppState {
    /// Whether the signed-in user may do this now: reading what every member may read always; the rest
    /// only once `me` is loaded and when their roles allow it; changing never in read-only mode.
    func allows(_ permission: Permission) -> Bool {
        if !permission.isChange, permission.isAllowed(for: []) { return true }
        guard let me, !(readOnly && permission.isChange) else { return false }
        return permission.isAllowed(for: me.roles)
    }

    /// Whether `user` is the signed-in user.
    func isMe(_ user: User) -> Bool { me?.id == user.id }

    /// The commands that mean something on the current screen for this user; the hint bar shows these
    /// and `reduce` ignores every other command. A form offers Enter only to who may make its change.
    public var availableCommands: Set<Command> {
        var commands: Set<Command> = [.quitNow]
        switch screen {
        case .users:
            commands.formUnion(Self.moving)
            if search.isEditing { return commands.union([.submit, .back]).union(LineEditor.commands) }
            commands.formUnion([.search, .filter, .organization, .profile, .help, .reload, .quit, .profiles])
            if search.nameSearch != nil || users.nameSearch != nil || users.isFiltered || !users.marks.isEmpty {
                commands.insert(.back)
            }
            if users.selected != nil {
                commands.formUnion([.open, .copyEmail])
                if allows(.setRoles) { commands.insert(.mark) }
            }
            commands.formUnion(userActions(on: users.targets, marked: !users.marks.isEmpty))
            if allows(.inviteUser) { commands.insert(.invite) }
            if canUndo { commands.insert(.undo) }
            if canRedo { commands.insert(.redo) }
            if allows(.readAudit) { commands.insert(.audit) }
            if allows(.readInvitations) { commands.insert(.invitations) }
        case .userDetails(let user):
            commands.formUnion([.back, .help, .copyEmail, .reload])
            if allows(.readAudit) { commands.insert(.audit) }
            commands.formUnion(userActions(on: [user], marked: false))
            if canUndo { commands.insert(.undo) }
            if canRedo { commands.insert(.redo) }
        case .roleEditor(let editor):
            if editor.saving == nil {
                commands.formUnion([.back, .help, .up, .down, .toggleChoice])
                commands.formUnion(Self.roleToggles)
                if allows(.setRoles) { commands.insert(.submit) }
            }
        case .inviteForm(let form):
            guard form.sending == nil else { break }
            commands.formUnion([.back, .nextField, .previousField, .up, .down])
            if allows(.inviteUser) { commands.insert(.submit) }
            switch form.focus {
            case .email, .name: commands.formUnion(LineEditor.commands)
            case .roles: commands.formUnion(Self.roleToggles)
            case .connection: commands.insert(.toggleChoice)
            }
        case .confirmation:
            commands.formUnion([.confirm, .deny, .submit, .nextField, .previousField, .back])
        case .roleConflict(let conflict):
            if conflict.saving == nil {
                commands.formUnion([.deny, .submit, .nextField, .previousField])
                if allows(.setRoles) { commands.formUnion([.applyOnTop, .overwrite]) }
            }
        case .profile:
            commands.formUnion([.back, .help, .reload])
            if me != nil {
                commands.insert(.copyEmail)
                if allows(.updateMe) { commands.insert(.edit) }
            }
        case .profileEditor(let form):
            if form.saving == nil {
                commands.formUnion([.back, .nextField, .previousField, .up, .down])
                commands.formUnion(LineEditor.commands)
                if allows(.updateMe) { commands.insert(.submit) }
            }
        case .organization:
            commands.formUnion([.back, .help, .reload])
        case .help:
            commands.formUnion([.up, .down, .pageUp, .pageDown, .first, .back])
        case .auditLog(let log):
            commands.formUnion(Self.moving.union([.back, .help, .reload]))
            if !log.isEntryOpen, log.rows.item(at: log.rows.cursor) != nil { commands.insert(.open) }
        case .invitations(let list):
            if list.question != nil {
                commands.formUnion([.confirm, .deny, .submit, .nextField, .previousField, .back])
            } else {
                commands.formUnion(Self.moving.union([.back, .help, .reload]))
                if list.canRevoke, allows(.revokeInvitation) { commands.insert(.delete) }
            }
        case .profiles(let list):
            commands.formUnion([.up, .down, .back])
            if list.selected != nil { commands.insert(.submit) }
        case .firstRun(let form):
            if !form.creating {
                commands.formUnion([.back, .nextField, .previousField, .up, .down, .submit])
                commands.formUnion(LineEditor.commands)
            }
        case .messages:
            commands.formUnion([.up, .down, .pageUp, .pageDown, .first, .back, .help])
        case .filter:
            commands.formUnion([.toggleRole1, .toggleRole2, .toggleRole3, .toggleChoice, .up, .down, .submit, .back])
        }
        // The recent messages open wherever a key leaves the screen, except over themselves.
        if !commands.isDisjoint(with: [.back, .deny, .quit]), screen.state(RecentMessages.self) == nil {
            commands.insert(.messages)
        }
        return commands
    }

    /// Whether `u` can take back a role change now (not while another is under way).
    var canUndo: Bool { allows(.setRoles) && history.next(.undo) != nil && bulk == nil && history.running == nil }

    /// Whether `U` can make a role change undone again now (not while another is under way).
    var canRedo: Bool { allows(.setRoles) && history.next(.redo) != nil && bulk == nil && history.running == nil }

    /// What may be done to `targets` (the marked users, or one user): roles, and delete and reset, which are
    /// never done to yourself and, for several users, wait until no other bulk change is under way.
    private func userActions(on targets: [User], marked: Bool) -> Set<Command> {
        var commands: Set<Command> = []
        if allows(.setRoles), marked || targets.contains(where: { users.roles[$0.id] != nil }) {
            commands.insert(.editRoles)
        }
        let others = targets.filter { !isMe($0) }
        guard !others.isEmpty, others.count == 1 || bulk == nil else { return commands }
        if allows(.deleteUser) { commands.insert(.delete) }
        if allows(.resetPassword) { commands.insert(.resetPassword) }
        return commands
    }

    static let moving: Set<Command> = [.up, .down, .pageUp, .pageDown, .first, .last]
    static let roleToggles: Set<Command> = [.toggleRole1, .toggleRole2, .toggleRole3]
}
