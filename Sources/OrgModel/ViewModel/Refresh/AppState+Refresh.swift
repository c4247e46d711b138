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

    /// At start-up: asks the change counter once, to learn whether the backend has one and its value.
    mutating func startRefresh() -> [Effect] {
        refresh.isOn ? watchChanges() : []
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
        switch refresh.phase {
        case .waiting(let id): return effects + [.cancel(id)] + waitForIdle()
        case .checking(let id) where refresh.hasCounter == true: return effects + [.cancel(id)] + watchChanges()
        default: return effects
        }
    }

    /// A timer elapsed: the idle wait (check the counter, or reload without one) or a mark's time.
    mutating func waited(_ id: RequestID) -> [Effect] {
        guard case .waiting(id) = refresh.phase else {
            refresh.changed = refresh.changed.filter { $0.value != id }
            return []
        }
        return refresh.hasCounter == false ? startReload() : watchChanges()
    }

    /// The watch's answer: the first counter, or one that moved (reload), or that the backend cannot tell
    /// (wait `seconds`, then reload); after a failure, waits a second and watches again.
    mutating func changesChecked(_ id: RequestID, _ result: Result<Int?, BackendError>) -> [Effect] {
        guard case .checking(id) = refresh.phase else { return [] }
        guard case .success(let counter) = result else { return waitForIdle() }
        let known = refresh.hasCounter != nil
        refresh.hasCounter = counter != nil
        defer { refresh.counter = counter }
        guard let counter else { return waitForIdle() }
        guard known, counter != refresh.counter else { return watchChanges(since: counter) }
        return startReload()
    }

    /// A page the refresh asked for: replaces the cached copy (all of them when the count changed), keeping
    /// the cursor's row number.
    mutating func refreshPageLoaded(_ id: RequestID, page: Int, _ result: Result<UserPage, BackendError>)
        -> [Effect]
    {
        guard case .reloading(var reload) = refresh.phase else { return [] }
        reload.pages[id] = nil
        refresh.phase = .reloading(reload)
        var effects: [Effect] = []
        if case .success(let reply) = result, reload.nameSearch == users.nameSearch {
            users.received(reply, page: page, bodyRows: bodyRows)
            effects = ensureLoaded()
        }
        return effects + finishReload()
    }

    /// One user's details for the refresh: they replace what the list knows, except about a user a screen
    /// shows, which keeps what it shows and notes that the user changed (or is gone).
    mutating func refreshDetailsLoaded(
        _ id: RequestID, userID: String, _ result: Result<UserDetails, BackendError>
    ) -> [Effect] {
        guard case .reloading(var reload) = refresh.phase, reload.pendingUsers.remove(userID) != nil else {
            return []
        }
        refresh.phase = .reloading(reload)
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
        return finishReload()
    }

    /// Reloads the visible pages and the roles of the visible rows and of the users screens show, if any.
    private mutating func startReload() -> [Effect] {
        let rows = visibleRows
        let screenUsers = screens.compactMap(\.singleUser).map(\.id)
        let pages = Set(rows.map { UserList.page(of: $0.index) })
        var userIDs = rows.compactMap(\.user?.id)
        for id in screenUsers where !userIDs.contains(id) { userIDs.append(id) }
        guard !pages.isEmpty || !userIDs.isEmpty else { return idle() }
        var reload = LiveRefresh.Reload(
            pages: [:], details: nil, pendingUsers: Set(userIDs),
            shown: Dictionary(
                rows.compactMap { row in row.user.map { ($0.id, row) } }, uniquingKeysWith: { a, _ in a }),
            nameSearch: users.nameSearch)
        var effects: [Effect] = []
        for page in pages.sorted() {
            let id = newRequestID()
            reload.pages[id] = page
            effects.append(.loadPage(id, UserQuery(pageNumber: page, nameSearch: users.nameSearch)))
        }
        if !userIDs.isEmpty {
            let id = newRequestID()
            reload.details = id
            effects.append(.loadDetails(id, userIDs: userIDs))
        }
        refresh.phase = .reloading(reload)
        return effects
    }

    /// Once every answer of the refresh is in: marks the visible rows that differ from what was shown, and
    /// waits for idleness again.
    private mutating func finishReload() -> [Effect] {
        guard case .reloading(let reload) = refresh.phase, reload.isDone else { return [] }
        let changed = visibleRows.filter { row in
            guard let user = row.user, let before = reload.shown[user.id], let old = before.user else { return false }
            return old != user || (before.roles != nil && row.roles != nil && before.roles != row.roles)
        }
        var effects: [Effect] = []
        if !changed.isEmpty {
            let id = newRequestID()
            for row in changed { refresh.changed[row.user!.id] = id }
            effects.append(.wait(id, milliseconds: LiveRefresh.markMilliseconds))
        }
        return effects + idle()
    }

    /// Waits for the next change while the admin is idle: watches the counter, or waits `seconds` without one.
    private mutating func idle() -> [Effect] {
        refresh.hasCounter == true ? watchChanges() : waitForIdle()
    }

    /// Asks the runner to watch the change counter until it differs from `since` (the last one seen).
    private mutating func watchChanges(since: Int? = nil) -> [Effect] {
        let id = newRequestID()
        refresh.phase = .checking(id)
        return [.watchChanges(id, since: since ?? refresh.counter, everyMilliseconds: LiveRefresh.pollMilliseconds)]
    }

    /// Starts the wait for the admin to be idle before the next check or reload.
    private mutating func waitForIdle() -> [Effect] {
        let id = newRequestID()
        refresh.phase = .waiting(id)
        return [.wait(id, milliseconds: refresh.idleMilliseconds)]
    }
}
