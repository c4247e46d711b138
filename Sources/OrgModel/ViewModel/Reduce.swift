/// Applies an event to the state and returns the effects to perform, in order. Pure: no I/O, no clock.
///
/// A command that `state.availableCommands` does not offer (because of the screen, the signed-in user's
/// roles or read-only mode) returns nothing and changes nothing but the status line, which says why when the
/// command acts on users (`Refusal`); any other command clears the status line first, so a message lasts
/// until the next key. Every key clears the terminal's notice. A reply to a request the state no longer
/// waits for is dropped.
public func reduce(_ state: inout AppState, _ event: Event) -> [Effect] {
    switch event {
    case .started:
        return state.start() + state.refresh.start(nextRequestID: &state.nextRequestID)
    case .notice(let notice):
        state.notice = notice
        return []
    case .command(let command):
        state.notice = nil
        guard state.availableCommands.contains(command) else {
            if let reason = Refusal.reason(for: command, in: state) { state.status = .error(reason) }
            return []
        }
        state.status = nil
        return state.handle(command) + state.keyPressed(command)
    case .typed(let text):
        state.notice = nil
        return state.type(text) + state.keyPressed(nil)
    case .clicked(let click):
        state.notice = nil
        return click.apply(to: &state)
    case .resized(let width, let height):
        return state.resize(width: width, height: height)
    case .roleFilterChosen(let roles):
        guard roles != state.users.roleFilter else { return [] }
        return state.runSearch(state.users.nameSearch, roles: roles, connection: state.users.connectionFilter)
    case .connectionFilterChosen(let connection):
        guard connection != state.users.connectionFilter else { return [] }
        return state.runSearch(state.users.nameSearch, roles: state.users.roleFilter, connection: connection)
    case .searchDebounceElapsed(let id):
        guard state.search.paused(id, showing: state.users.nameSearch) else { return [] }
        return state.runSearch(
            state.search.nameSearch, roles: state.users.roleFilter, connection: state.users.connectionFilter)
    case .waited(let id):
        let effects = state.refresh.waited(id, shown: state.onScreen, nextRequestID: &state.nextRequestID)
        return effects + state.users.recount(reloading: effects, nextRequestID: &state.nextRequestID)
    case .changesChecked(let id, let result):
        let effects = state.refresh.changesChecked(
            id, result, shown: state.onScreen, nextRequestID: &state.nextRequestID)
        return effects + state.users.recount(reloading: effects, nextRequestID: &state.nextRequestID)
    case .organizationLoaded(let id, let result):
        return state.organizationLoaded(id, result)
    case .meLoaded(let id, let result):
        return state.meLoaded(id, result)
    case .pageLoaded(let id, let page, let result):
        if state.refresh.owns(id) { return state.refreshPageLoaded(id, page: page, result) }
        if state.users.totalRequest == id {
            state.users.totalCounted(result)
            return []
        }
        return state.pageLoaded(id, page: page, result)
    case .usersScanned(let id, let users, let progress):
        guard state.users.scanned(id, users, progress, bodyRows: state.bodyRows) else { return [] }
        return state.ensureLoaded()
    case .scanEnded(let id, let result):
        if let status = state.users.scanEnded(id, result) { state.status = status }
        return []
    case .detailsLoaded(let id, let userID, let result):
        if state.refresh.owns(id) { return state.refreshDetailsLoaded(id, userID: userID, result) }
        return state.detailsLoaded(id, userID: userID, result)
    case .rolesSaved(let id, let result), .invited(let id, let result), .deleted(let id, let result),
        .passwordResetSent(let id, let result):
        return state.changeAnswered(id, result.map { _ in nil })
    case .rolesApplied(let id, let result):
        return state.bulkAnswered(id, result.map { $0 })
    case .profileSaved(let id, let result):
        return state.changeAnswered(id, result.map { $0 })
    case .auditLoaded(let id, let page, let result):
        return state.scope(
            AuditLog.self, where: { $0.rows.pageRequests[page] == id }, { $0.loaded(page, result, &$1) })
    case .invitationsLoaded(let id, let page, let result):
        return state.scope(
            InvitationList.self, where: { $0.rows.pageRequests[page] == id }, { $0.loaded(page, result, &$1) })
    case .invitationRevoked(let id, let result):
        return state.scope(InvitationList.self, where: { $0.revoking?.id == id }, { $0.revoked(result, &$1) })
    case .profileSwitched(let name, let profiles):
        return state.profileSwitched(to: name, profiles: profiles)
    case .profileSwitchFailed(let name, let reason):
        return state.profileSwitchFailed(name, reason: reason)
    case .storeCreated(let result):
        let effects = state.scope(FirstRunForm.self) { form, _ in form.created(result) }
        guard case .success = result else { return effects }
        // The new store's organization, me and first page, as at start-up.
        return effects + reduce(&state, .started)
    case .profilesListed(let profiles):
        return state.profilesListed(profiles)
    }
}
