extension AppState {
    /// Whether something the screen shows is still on its way: the organization, me, or visible rows.
    /// The terminal waits a moment for the first answers before its first frame, so that a fast backend
    /// never flashes an empty one. Roles and prefetched pages are not waited for.
    public var awaitsAnswers: Bool {
        organizationRequest != nil || meRequest != nil
            || (!users.pageRequests.isEmpty && (users.count == nil || visibleRows.contains { $0.user == nil }))
    }

    /// Users whose roles must stay cached: marked, shown on a screen, or yourself.
    var keptUserIDs: Set<String> {
        var ids = Set(users.marks.keys)
        for case .userDetails(let user) in screens { ids.insert(user.id) }
        if let me { ids.insert(me.id) }
        return ids
    }

    /// Loads the organization, me and the first page at once.
    mutating func start() -> [Effect] {
        [requestOrganization(), requestMe()] + ensureLoaded()
    }

    mutating func requestOrganization() -> Effect {
        let id = RequestID.take(&nextRequestID)
        organizationRequest = id
        return .getOrganization(id)
    }

    mutating func requestMe() -> Effect {
        let id = RequestID.take(&nextRequestID)
        meRequest = id
        return .getMe(id)
    }

    mutating func resize(width: Int, height: Int) -> [Effect] {
        self.width = max(0, width)
        self.height = max(0, height)
        users.window.scroll(bodyRows: bodyRows)
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
            users.received(reply, page: page, bodyRows: bodyRows)
            return ensureLoaded()
        case .failure(let error):
            if let scan = users.scanInstead(after: error, nextRequestID: &nextRequestID) { return scan }
            if let refusal = users.takeBack(after: error) {
                status = .error(refusal)
                return ensureLoaded()
            }
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
            status = .failure(
                error, "Could not load the roles of \(users.name(ofUserID: userID))", retryWithR: true)
            return []
        }
    }

    /// Requests what the users table shows and is not loaded yet, and cancels what scrolled out of view
    /// (`UserList.load`), keeping the roles of `keptUserIDs`.
    mutating func ensureLoaded() -> [Effect] {
        users.load(bodyRows: bodyRows, keeping: keptUserIDs, nextRequestID: &nextRequestID)
    }

    /// Reloads the list's pages and roles (keeping the cursor), the organization's total when the list is
    /// narrowed, and whatever else failed to load.
    mutating func reloadList() -> [Effect] {
        var effects: [Effect] = []
        for id in Set(users.detailsRequests.values).sorted() { effects.append(.cancel(id)) }
        users.detailsRequests = [:]
        let kept = keptUserIDs
        users.roles = users.roles.filter { kept.contains($0.key) }
        if me == nil, meRequest == nil { effects.append(requestMe()) }
        if organization == nil, organizationRequest == nil { effects.append(requestOrganization()) }
        status = .info("Reloading…")
        return effects + users.dropPages() + ensureLoaded() + users.recount(nextRequestID: &nextRequestID)
    }
}
