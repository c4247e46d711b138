extension AppState {
    /// Whether something the screen shows is still on its way: the organization, me, or visible rows.
    /// The terminal waits a moment for the first answers before its first frame, so that a fast backend
    /// never flashes an empty one. Roles and prefetched pages are not waited for.
    public var awaitsAnswers: Bool {
        organizationRequest != nil || meRequest != nil
            || (!users.pageRequests.isEmpty && (users.count == nil || visibleRows.contains { $0.user == nil }))
    }

    /// Loads the organization, me and the first page at once.
    mutating func start() -> [Effect] {
        [requestOrganization(), requestMe()] + ensureLoaded()
    }

    mutating func requestOrganization() -> Effect {
        let id = newRequestID()
        organizationRequest = id
        return .getOrganization(id)
    }

    mutating func requestMe() -> Effect {
        let id = newRequestID()
        meRequest = id
        return .getMe(id)
    }

    mutating func resize(width: Int, height: Int) -> [Effect] {
        self.width = max(0, width)
        self.height = max(0, height)
        scrollToCursor()
        return ensureLoaded() + (auditLog == nil ? [] : scope(AuditLog.self) { $0.fit(&$1) })
    }

    mutating func organizationLoaded(_ id: RequestID, _ result: Result<Organization, BackendError>) -> [Effect] {
        guard organizationRequest == id else { return [] }
        organizationRequest = nil
        switch result {
        case .success(let organization): self.organization = organization
        case .failure(let error): status = .failure(error, "Could not load the organization", retryWithR: true)
        }
        return []
    }

    mutating func meLoaded(_ id: RequestID, _ result: Result<UserDetails, BackendError>) -> [Effect] {
        guard meRequest == id else { return [] }
        meRequest = nil
        switch result {
        case .success(let details):
            me = details
            users.roles[details.id] = details.roles
            if details.user.signInConnection == .googleOAuth2 {
                profileLockedReason =
                    "You sign in with Google (google-oauth2): change your name and email in your "
                    + "Google account."
            }
        case .failure(let error):
            status = .failure(error, "Could not load your profile, so nothing can be changed yet", retryWithR: true)
        }
        return []
    }

    mutating func pageLoaded(_ id: RequestID, page: Int, _ result: Result<UserPage, BackendError>) -> [Effect] {
        guard users.pageRequests[page] == id else { return [] }
        users.pageRequests[page] = nil
        switch result {
        case .success(let reply):
            if users.count != reply.count { users.pages = [:] }
            users.count = max(0, reply.count)
            users.pages[page] = Array(reply.items.prefix(UserList.pageSize))
            scrollToCursor()
            return ensureLoaded()
        case .failure(let error):
            status = .failure(error, "Could not load users (page \(page))", retryWithR: true)
            return []
        }
    }

    mutating func detailsLoaded(
        _ id: RequestID, userID: String,
        _ result: Result<UserDetails, BackendError>
    ) -> [Effect] {
        guard users.detailsRequests[userID] == id else { return [] }
        users.detailsRequests[userID] = nil
        switch result {
        case .success(let details):
            users.roles[userID] = details.roles
            if me?.id == userID { me = details }
            replaceUser(details.user)
            return []
        case .failure(.notFound):
            return removeUser(id: userID, vanished: true)
        case .failure(let error):
            status = .failure(error, "Could not load the roles of \(name(ofUserID: userID))", retryWithR: true)
            return []
        }
    }

    /// Moves the cursor (clamped to the list), scrolls it into view and loads what comes into view.
    mutating func moveCursor(to index: Int) -> [Effect] {
        guard let count = users.count, count > 0 else { return [] }
        users.cursor = min(max(index, 0), count - 1)
        scrollToCursor()
        return ensureLoaded()
    }

    /// Keeps the cursor inside the list and visible, and the body full when it can be.
    mutating func scrollToCursor() { users.window.scroll(bodyRows: bodyRows) }

    /// Requests the visible pages and the next one, and the roles of the visible rows, that are neither
    /// cached nor requested; cancels page and details requests that scrolled out of view; evicts pages.
    mutating func ensureLoaded() -> [Effect] {
        let needed = neededPages()
        let search = users.nameSearch
        var window = users.window
        var effects = window.requestPages(
            needed, newRequestID: { newRequestID() },
            load: { .loadPage($0, UserQuery(pageNumber: $1, nameSearch: search)) })
        users.window = window
        effects += loadVisibleDetails()
        evictPages(keeping: needed)
        return effects
    }

    /// The pages holding the visible rows, and the one after them.
    func neededPages() -> Set<Int> { users.window.neededPages(bodyRows: bodyRows) }

    /// Users whose roles must stay cached: marked, shown on a screen, or yourself.
    var keptUserIDs: Set<String> {
        var ids = Set(users.marks.keys)
        for case .userDetails(let user) in screens { ids.insert(user.id) }
        if let me { ids.insert(me.id) }
        return ids
    }

    private mutating func loadVisibleDetails() -> [Effect] {
        var effects: [Effect] = []
        let visible = users.visibleRange(bodyRows: bodyRows).compactMap { users.user(at: $0)?.id }
        let wanted = Set(visible).union(keptUserIDs)
        let groups = Dictionary(grouping: users.detailsRequests, by: \.value)
        for (id, entries) in groups.sorted(by: { $0.key < $1.key })
        where !entries.contains(where: { wanted.contains($0.key) }) {
            for entry in entries { users.detailsRequests[entry.key] = nil }
            effects.append(.cancel(id))
        }
        let missing = visible.filter { users.roles[$0] == nil && users.detailsRequests[$0] == nil }
        if !missing.isEmpty { effects.append(requestDetails(missing)) }
        return effects
    }

    /// Asks for these users' details under one request id.
    mutating func requestDetails(_ userIDs: [String]) -> Effect {
        let id = newRequestID()
        for userID in userIDs { users.detailsRequests[userID] = id }
        return .loadDetails(id, userIDs: userIDs)
    }

    /// Drops the cached pages farthest from the cursor beyond `maxCachedPages`; past as many roles as
    /// pages can hold, drops the roles of users in no cached page.
    private mutating func evictPages(keeping needed: Set<Int>) {
        users.window.evictPages(keeping: needed)
        guard users.roles.count > UserList.maxCachedPages * UserList.pageSize else { return }
        let kept = keptUserIDs.union(users.pages.values.lazy.flatMap { $0 }.map(\.id))
        users.roles = users.roles.filter { kept.contains($0.key) }
    }

    /// Reloads the list's pages and roles (keeping the cursor), and whatever else failed to load.
    mutating func reloadList() -> [Effect] {
        var effects: [Effect] = []
        for id in Set(users.detailsRequests.values).sorted() { effects.append(.cancel(id)) }
        users.detailsRequests = [:]
        let kept = keptUserIDs
        users.roles = users.roles.filter { kept.contains($0.key) }
        if me == nil, meRequest == nil { effects.append(requestMe()) }
        if organization == nil, organizationRequest == nil { effects.append(requestOrganization()) }
        status = .info("Reloading…")
        return effects + refreshPages()
    }

    /// Loads the visible pages again (keeping the cursor and roles), for a count that may have changed.
    mutating func refreshPages() -> [Effect] {
        let effects = cancelPageRequests()
        users.pages = [:]
        return effects + ensureLoaded()
    }

    /// Cancels every page request in flight.
    mutating func cancelPageRequests() -> [Effect] {
        defer { users.pageRequests = [:] }
        return users.pageRequests.sorted(by: { $0.key < $1.key }).map { .cancel($0.value) }
    }
}
