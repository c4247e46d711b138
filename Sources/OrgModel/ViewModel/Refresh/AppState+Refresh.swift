extension AppState {
    /// The users a refresh found changed whose rows are still marked.
    public var changedUserIDs: Set<String> { Set(refresh.changed.keys) }

    /// Whether the screen on top is about one user whom a refresh found changed since it opened.
    public var screenChangedElsewhere: Bool {
        screen.singleUser.map { refresh.changedElsewhere.contains($0.id) } ?? false
    }

    /// The state without what no frame shows and the live refresh changes while idle (its timers and the
    /// next request id), so that an idle check that found nothing draws nothing.
    public var drawn: AppState {
        var copy = self
        copy.nextRequestID = 0
        copy.refresh.phase = .off
        copy.refresh.counter = nil
        return copy
    }

    /// What a refresh reloads and compares.
    var onScreen: LiveRefresh.OnScreen {
        LiveRefresh.OnScreen(
            rows: visibleRows, screenUserIDs: screens.compactMap(\.singleUser).map(\.id),
            nameSearch: users.nameSearch, roles: users.roleFilter, connection: users.connectionFilter)
    }

    /// A key (a command, or typed text when `command` is nil): the admin is not idle, so the wait for
    /// idleness starts again. A user found changed whose screen has closed (or is reloaded with `r`) is
    /// forgotten, and their details, which the refresh left as the screen showed them, are asked again.
    mutating func keyPressed(_ command: Command?) -> [Effect] {
        let forgotten = refresh.changedElsewhere.filter { id in
            !screens.contains { $0.concerns(userID: id) } || (command == .reload && screen.concerns(userID: id))
        }
        refresh.changedElsewhere.subtract(forgotten)
        var effects: [Effect] = []
        let stale = forgotten.filter { users.detailsRequests[$0] == nil }.sorted()
        if !stale.isEmpty {
            for id in stale { users.roles[id] = nil }
            effects.append(users.requestDetails(stale, nextRequestID: &nextRequestID))
        }
        return effects + refresh.keyPressed(nextRequestID: &nextRequestID)
    }

    /// A page the refresh asked for: replaces the cached copy (all of them when the count changed), keeping
    /// the cursor's row number.
    mutating func refreshPageLoaded(_ id: RequestID, page: Int, _ result: Result<UserPage, BackendError>)
        -> [Effect]
    {
        var effects: [Effect] = []
        if refresh.pageAnswered(
            id, showing: users.nameSearch, roles: users.roleFilter, connection: users.connectionFilter),
            case .success(let reply) = result
        {
            users.received(reply, page: page, bodyRows: bodyRows)
            effects = ensureLoaded()
        }
        return effects + refresh.finishReload(visible: visibleRows, nextRequestID: &nextRequestID)
    }

    /// One user's details for the refresh: they replace what the list knows, except about a user a screen
    /// shows, which keeps what it shows and notes that the user changed (or is gone).
    mutating func refreshDetailsLoaded(
        _ id: RequestID, userID: String, _ result: Result<UserDetails, BackendError>
    ) -> [Effect] {
        guard refresh.detailsAnswered(userID: userID) else { return [] }
        let shown = screens.lazy.compactMap(\.singleUser).first { $0.id == userID }
        switch result {
        case .success(let details):
            if let shown {
                if shown != details.user || users.roles[userID].map({ $0 != details.roles }) == true {
                    refresh.changedElsewhere.insert(userID)
                }
            } else {
                users.roles[userID] = details.roles
                if me?.id == userID { me = details }
                replaceUser(details.user)
            }
        case .failure(.notFound):
            if shown != nil { refresh.changedElsewhere.insert(userID) }
        case .failure:
            break
        }
        return refresh.finishReload(visible: visibleRows, nextRequestID: &nextRequestID)
    }
}
