extension LiveRefresh {
    /// What a refresh reloads and compares: the visible rows, the users that screens about one user show,
    /// and the query the rows answer.
    struct OnScreen {
        let rows: [UserRow]
        let screenUserIDs: [String]
        let nameSearch: String?
        let roles: Set<Role>
        let connection: Connection?
    }

    /// At start-up: asks the change counter once, to learn whether the backend has one and its value.
    mutating func start(nextRequestID: inout Int) -> [Effect] {
        isOn ? watch(nextRequestID: &nextRequestID) : []
    }

    /// A key: the admin is not idle, so the wait for idleness (or the watch of a counter) starts again.
    mutating func keyPressed(nextRequestID: inout Int) -> [Effect] {
        switch phase {
        case .waiting(let id): [.cancel(id)] + waitForIdle(nextRequestID: &nextRequestID)
        case .checking(let id) where hasCounter == true: [.cancel(id)] + watch(nextRequestID: &nextRequestID)
        default: []
        }
    }

    /// A timer elapsed: the idle wait (check the counter, or reload what is `shown` without one) or a mark's
    /// time.
    mutating func waited(_ id: RequestID, shown: OnScreen, nextRequestID: inout Int) -> [Effect] {
        guard case .waiting(id) = phase else {
            changed = changed.filter { $0.value != id }
            return []
        }
        return hasCounter == false
            ? startReload(shown, nextRequestID: &nextRequestID) : watch(nextRequestID: &nextRequestID)
    }

    /// The watch's answer: the first counter, or one that moved (reload what is `shown`), or that the backend
    /// cannot tell (wait `seconds`, then reload); after a failure, waits a second and watches again.
    mutating func changesChecked(
        _ id: RequestID, _ result: Result<Int?, BackendError>, shown: OnScreen, nextRequestID: inout Int
    ) -> [Effect] {
        guard case .checking(id) = phase else { return [] }
        guard case .success(let counter) = result else { return waitForIdle(nextRequestID: &nextRequestID) }
        let known = hasCounter != nil
        hasCounter = counter != nil
        defer { self.counter = counter }
        guard let counter else { return waitForIdle(nextRequestID: &nextRequestID) }
        guard known, counter != self.counter else { return watch(since: counter, nextRequestID: &nextRequestID) }
        return startReload(shown, nextRequestID: &nextRequestID)
    }

    /// Takes page request `id` off the reload under way; whether its rows still answer `nameSearch`, `roles`
    /// and `connection`, the query the list shows now.
    mutating func pageAnswered(
        _ id: RequestID, showing nameSearch: String?, roles: Set<Role>, connection: Connection?
    ) -> Bool {
        guard case .reloading(var reload) = phase else { return false }
        reload.pages[id] = nil
        phase = .reloading(reload)
        return reload.nameSearch == nameSearch && reload.roles == roles && reload.connection == connection
    }

    /// Takes `userID` off the details the reload under way waits for; false when it waits for none of theirs.
    mutating func detailsAnswered(userID: String) -> Bool {
        guard case .reloading(var reload) = phase, reload.pendingUsers.remove(userID) != nil else { return false }
        phase = .reloading(reload)
        return true
    }

    /// Once every answer of the reload is in: marks the `visible` rows that differ from what was shown, and
    /// waits for idleness again.
    mutating func finishReload(visible: [UserRow], nextRequestID: inout Int) -> [Effect] {
        guard case .reloading(let reload) = phase, reload.isDone else { return [] }
        let changedRows = visible.filter { row in
            guard let user = row.user, let before = reload.shown[user.id], let old = before.user else { return false }
            return old != user || (before.roles != nil && row.roles != nil && before.roles != row.roles)
        }
        var effects: [Effect] = []
        if !changedRows.isEmpty {
            let id = RequestID.take(&nextRequestID)
            for row in changedRows { changed[row.user!.id] = id }
            effects.append(.wait(id, milliseconds: Self.markMilliseconds))
        }
        return effects + idle(nextRequestID: &nextRequestID)
    }

    /// Reloads the visible pages and the roles of the visible rows and of the users screens show, if any.
    private mutating func startReload(_ shown: OnScreen, nextRequestID: inout Int) -> [Effect] {
        let pages = Set(shown.rows.map { UserList.page(of: $0.index) })
        var userIDs = shown.rows.compactMap(\.user?.id)
        for id in shown.screenUserIDs where !userIDs.contains(id) { userIDs.append(id) }
        guard !pages.isEmpty || !userIDs.isEmpty else { return idle(nextRequestID: &nextRequestID) }
        var reload = Reload(
            pages: [:], details: nil, pendingUsers: Set(userIDs),
            shown: Dictionary(
                shown.rows.compactMap { row in row.user.map { ($0.id, row) } }, uniquingKeysWith: { a, _ in a }),
            nameSearch: shown.nameSearch, roles: shown.roles, connection: shown.connection)
        var effects: [Effect] = []
        for page in pages.sorted() {
            let id = RequestID.take(&nextRequestID)
            reload.pages[id] = page
            effects.append(
                .loadPage(
                    id,
                    UserQuery(
                        pageNumber: page, search: shown.nameSearch, roles: shown.roles, connection: shown.connection)))
        }
        if !userIDs.isEmpty {
            let id = RequestID.take(&nextRequestID)
            reload.details = id
            effects.append(.loadDetails(id, userIDs: userIDs))
        }
        phase = .reloading(reload)
        return effects
    }

    /// Waits for the next change while the admin is idle: watches the counter, or waits `seconds` without one.
    private mutating func idle(nextRequestID: inout Int) -> [Effect] {
        hasCounter == true ? watch(nextRequestID: &nextRequestID) : waitForIdle(nextRequestID: &nextRequestID)
    }

    /// Asks the runner to watch the change counter until it differs from `since` (the last one seen).
    private mutating func watch(since: Int? = nil, nextRequestID: inout Int) -> [Effect] {
        let id = RequestID.take(&nextRequestID)
        phase = .checking(id)
        return [.watchChanges(id, since: since ?? counter, everyMilliseconds: Self.pollMilliseconds)]
    }

    /// Starts the wait for the admin to be idle before the next check or reload.
    private mutating func waitForIdle(nextRequestID: inout Int) -> [Effect] {
        let id = RequestID.take(&nextRequestID)
        phase = .waiting(id)
        return [.wait(id, milliseconds: idleMilliseconds)]
    }
}
