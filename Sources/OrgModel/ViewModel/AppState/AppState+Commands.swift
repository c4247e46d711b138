extension AppState {
    /// What a command means on the screen on top (already known to be available).
    mutating func handle(_ command: Command) -> [Effect] {
        switch command {
        case .quitNow:
            return [.quit]
        case .help:
            screens.append(.help(scroll: 0))
            return []
        case .messages:
            return apply([.push(.messages(RecentMessages()))])
        default:
            break
        }
        switch screen {
        case .users:
            return search.isEditing ? handleSearch(command) : handleUsersTable(command)
        case .userDetails(let user):
            return handleDetails(command, user)
        case .roleEditor:
            return scope(RoleEditor.self) { $0.reduce(command, &$1) }
        case .inviteForm:
            return scope(InviteForm.self) { $0.reduce(command, &$1) }
        case .confirmation:
            return scope(Confirmation.self) { $0.reduce(command, &$1) }
        case .roleConflict:
            return scope(RoleConflict.self) { $0.reduce(command, &$1) }
        case .profile:
            return handleProfile(command)
        case .profileEditor:
            return scope(ProfileForm.self) { $0.reduce(command, &$1) }
        case .organization:
            if command == .reload { return organizationRequest == nil ? [requestOrganization()] : [] }
            pop()
            return []
        case .help(let scroll):
            if let moved = Screen.helpScroll(from: scroll, on: command, bodyRows: bodyRows) {
                screens[screens.count - 1] = .help(scroll: moved)
            } else {
                pop()
            }
            return []
        case .auditLog:
            return scope(AuditLog.self) { $0.reduce(command, &$1) }
        case .invitations:
            return scope(InvitationList.self) { $0.reduce(command, &$1) }
        case .profiles:
            return scope(ProfileList.self) { $0.reduce(command, &$1) }
        case .firstRun:
            return scope(FirstRunForm.self) { $0.reduce(.command(command), &$1) }
        case .messages:
            return scope(RecentMessages.self) { $0.reduce(command, &$1) }
        case .filter:
            return scope(UserFilter.self) { $0.reduce(command, &$1) }
        }
    }

    /// Text typed into the query line or the focused form field; elsewhere it means nothing.
    mutating func type(_ text: String) -> [Effect] {
        guard !text.isEmpty, acceptsText else { return [] }
        switch screen {
        case .users:
            search.type(text)
            return search.edited(showing: users.nameSearch, nextRequestID: &nextRequestID)
        case .inviteForm:
            return scope(InviteForm.self) { form, _ in
                form.type(text)
                return []
            }
        case .profileEditor:
            return scope(ProfileForm.self) { form, _ in
                form.type(text)
                return []
            }
        case .firstRun:
            return scope(FirstRunForm.self) { $0.reduce(.typed(text), &$1) }
        default:
            break
        }
        return []
    }

    /// Removes the screen on top, never the users table.
    mutating func pop() {
        if screens.count > 1 { screens.removeLast() }
    }

    /// The moving keys on the users table (nothing while it is empty or not loaded yet).
    mutating func handleMove(_ command: Command) -> [Effect] {
        guard Self.moving.contains(command), let count = users.count, count > 0 else { return [] }
        users.window.move(command, bodyRows: bodyRows)
        return ensureLoaded()
    }

    private mutating func handleUsersTable(_ command: Command) -> [Effect] {
        let user = users.selected
        switch command {
        case .open:
            guard let user else { return [] }
            screens.append(.userDetails(user))
            return []
        case .search:
            search.open()
            return []
        case .organization:
            screens.append(.organization)
            return organization == nil && organizationRequest == nil ? [requestOrganization()] : []
        case .profile:
            screens.append(.profile)
            return me == nil && meRequest == nil ? [requestMe()] : []
        case .reload:
            return reloadList()
        case .copyEmail:
            return user.map { apply(ScreenOutcome.copyingEmail(of: $0)) } ?? []
        case .mark:
            guard let user else { return [] }
            users.marks[user.id] = users.marks[user.id] == nil ? user : nil
            return handleMove(.down)
        case .editRoles:
            return openRoleEditor(for: users.marks.isEmpty ? user : nil)
        case .invite:
            screens.append(.inviteForm(inviteDraft ?? InviteForm()))
            inviteDraft = nil
            return []
        case .delete, .resetPassword:
            return apply(Confirmation.asking(command, about: users.targets, me: me?.id))
        case .filter:
            return apply([.push(.filter(UserFilter(roles: users.roleFilter, connection: users.connectionFilter)))])
        case .undo:
            return travel(.undo)
        case .redo:
            return travel(.redo)
        case .back:
            if let stop = users.stopScan() {
                status = stop.status
                return stop.effects
            }
            if search.nameSearch != nil || users.nameSearch != nil || users.isFiltered { return clearSearch() }
            users.marks = [:]
            status = .info("Marks cleared.")
            return []
        case .quit:
            return [.quit]
        case .audit:
            return openAudit(about: nil)
        case .invitations:
            screens.append(.invitations(InvitationList()))
            return scope(InvitationList.self) { $0.fit(&$1) }
        case .profiles:
            // The saved profiles are read again: `orgtui login` may have added one meanwhile.
            screens.append(.profiles(ProfileList(entries: profiles, active: activeProfile)))
            return [.listProfiles]
        default:
            return handleMove(command)
        }
    }

    private mutating func handleDetails(_ command: Command, _ user: User) -> [Effect] {
        switch command {
        case .editRoles: return openRoleEditor(for: user)
        case .delete, .resetPassword: return apply(Confirmation.asking(command, about: [user], me: me?.id))
        case .copyEmail: return apply(ScreenOutcome.copyingEmail(of: user))
        case .undo: return travel(.undo)
        case .redo: return travel(.redo)
        case .audit: return openAudit(about: user)
        case .reload:
            users.roles[user.id] = nil
            return users.detailsRequests[user.id] == nil
                ? [users.requestDetails([user.id], nextRequestID: &nextRequestID)] : []
        default:
            pop()
            return []
        }
    }

    private mutating func handleProfile(_ command: Command) -> [Effect] {
        switch command {
        case .edit:
            guard let me else { return [] }
            if let profileLockedReason {
                status = .error(profileLockedReason)
                return []
            }
            screens.append(.profileEditor(ProfileForm(editing: me.user)))
            return []
        case .reload:
            return meRequest == nil ? [requestMe()] : []
        case .copyEmail:
            return me.map { apply(ScreenOutcome.copyingEmail(of: $0.user)) } ?? []
        default:
            pop()
            return []
        }
    }
}
