extension UserList {
    /// A user's name for messages, from the cached pages or the marks, else the id.
    public func name(ofUserID id: String) -> String {
        if let user = marks[id] ?? pages.values.lazy.flatMap({ $0 }).first(where: { $0.id == id }) {
            return user.name
        }
        return id
    }

    /// Where a cached user is: page number and offset.
    func locate(userID: String) -> (page: Int, offset: Int)? {
        for (page, items) in pages {
            if let offset = items.firstIndex(where: { $0.id == userID }) { return (page, offset) }
        }
        return nil
    }

    /// Removes a user from the rows, marks, roles and the organization's total; returns the page requests it
    /// cancels. Later cached
    /// pages shift up by one; pages after a gap are dropped and reload when they come into view.
    mutating func remove(userID id: String, bodyRows: Int) -> [Effect] {
        marks[id] = nil
        roles[id] = nil
        detailsRequests[id] = nil
        guard let (page, offset) = locate(userID: id), let count else { return dropPages() }
        let effects = pageRequests.filter { $0.key >= page }.sorted(by: { $0.key < $1.key }).map {
            pageRequests[$0.key] = nil
            return Effect.cancel($0.value)
        }
        pages[page]?.remove(at: offset)
        var last = page
        while let next = pages[last + 1], let first = next.first {
            pages[last]?.append(first)
            pages[last + 1]?.removeFirst()
            last += 1
        }
        self.count = count - 1
        total = total.map { max(0, $0 - 1) }
        for stale in pages.keys where stale > last { pages[stale] = nil }
        if (pages[last]?.count ?? 0) < expectedItems(onPage: last) { pages[last] = nil }
        window.scroll(bodyRows: bodyRows)
        return effects
    }

    /// Puts fresher data about a user in the rows and marks.
    mutating func replace(_ user: User) {
        if let (page, offset) = locate(userID: user.id) { pages[page]?[offset] = user }
        if marks[user.id] != nil { marks[user.id] = user }
    }
}
