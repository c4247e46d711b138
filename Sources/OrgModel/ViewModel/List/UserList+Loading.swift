extension UserList {
    /// Requests the pages that a body of `bodyRows` rows shows and the next one, and the roles of the visible
    /// rows, that are neither cached nor requested; cancels page and details requests that scrolled out of
    /// view, except the details of `kept` users; evicts pages and, past as many roles as pages can hold, the
    /// roles of users in no cached page (`kept` users' stay).
    mutating func load(bodyRows: Int, keeping kept: Set<String>, nextRequestID: inout Int) -> [Effect] {
        if scan != nil { return loadVisibleDetails(bodyRows: bodyRows, keeping: kept, nextRequestID: &nextRequestID) }
        let needed = window.neededPages(bodyRows: bodyRows)
        let (search, filter, connection) = (nameSearch, roleFilter, connectionFilter)
        var effects = window.requestPages(
            needed, newRequestID: { .take(&nextRequestID) },
            load: {
                .loadPage($0, UserQuery(pageNumber: $1, search: search, roles: filter, connection: connection))
            })
        effects += loadVisibleDetails(bodyRows: bodyRows, keeping: kept, nextRequestID: &nextRequestID)
        window.evictPages(keeping: needed)
        if roles.count > Self.maxCachedPages * Self.pageSize {
            let cached = kept.union(pages.values.lazy.flatMap { $0 }.map(\.id))
            roles = roles.filter { cached.contains($0.key) }
        }
        return effects
    }

    /// Asks for these users' details under one request id.
    mutating func requestDetails(_ userIDs: [String], nextRequestID: inout Int) -> Effect {
        let id = RequestID.take(&nextRequestID)
        for userID in userIDs { detailsRequests[userID] = id }
        return .loadDetails(id, userIDs: userIDs)
    }

    /// A page's answer: a new count drops the other cached pages; the cursor stays inside the list. The
    /// query answers, so the list shown before it is forgotten; unnarrowed, the count is the total.
    mutating func received(_ reply: UserPage, page: Int, bodyRows: Int) {
        if count != reply.count { pages = [:] }
        count = max(0, reply.count)
        previous = nil
        if !isNarrowed { total = count }
        pages[page] = Array(reply.items.prefix(Self.pageSize))
        window.scroll(bodyRows: bodyRows)
    }

    /// Cancels every page request in flight.
    mutating func cancelPageRequests() -> [Effect] {
        defer { pageRequests = [:] }
        return pageRequests.sorted(by: { $0.key < $1.key }).map { .cancel($0.value) }
    }

    /// Drops the cached pages, for a count that may have changed, cancelling their requests and a scan (the
    /// cursor and the roles stay).
    mutating func dropPages() -> [Effect] {
        defer { pages = [:] }
        return dropScan() + cancelPageRequests()
    }

    /// Shows another query (search nil, no roles, no connection: everyone) from its first row, cancelling the
    /// requests of the last one, whose rows are kept until the new one answers (`keepShown`).
    mutating func show(_ query: String?, roles: Set<Role>, connection: Connection?) -> [Effect] {
        let effects = dropScan() + cancelPageRequests()
        keepShown()
        pages = [:]
        nameSearch = query
        roleFilter = roles
        connectionFilter = connection
        count = nil
        cursor = 0
        top = 0
        return effects
    }

    /// Cancels the details requests none of whose users are visible or `kept`, and asks for the roles of the
    /// visible rows that are neither known nor requested.
    private mutating func loadVisibleDetails(bodyRows: Int, keeping kept: Set<String>, nextRequestID: inout Int)
        -> [Effect]
    {
        var effects: [Effect] = []
        let visible = visibleRange(bodyRows: bodyRows).compactMap { user(at: $0)?.id }
        let wanted = Set(visible).union(kept)
        let groups = Dictionary(grouping: detailsRequests, by: \.value)
        for (id, entries) in groups.sorted(by: { $0.key < $1.key })
        where !entries.contains(where: { wanted.contains($0.key) }) {
            for entry in entries { detailsRequests[entry.key] = nil }
            effects.append(.cancel(id))
        }
        let missing = visible.filter { roles[$0] == nil && detailsRequests[$0] == nil }
        if !missing.isEmpty { effects.append(requestDetails(missing, nextRequestID: &nextRequestID)) }
        return effects
    }
}
