extension AppState {
    /// A user's name for messages, from whatever this session knows, else the id.
    func name(ofUserID id: String) -> String {
        if let user = users.marks[id] ?? users.pages.values.lazy.flatMap({ $0 }).first(where: { $0.id == id }) {
            return user.name
        }
        return id
    }

    /// Where a cached user is: page number and offset.
    func locate(userID: String) -> (page: Int, offset: Int)? {
        for (page, items) in users.pages {
            if let offset = items.firstIndex(where: { $0.id == userID }) { return (page, offset) }
        }
        return nil
    }

    /// Removes a deleted user, or one the backend no longer knows (`vanished`, which the status line says),
    /// from the list, marks, undo and the screens about them. Later cached pages shift up by one; pages after
    /// a gap are dropped and reload when they come into view.
    mutating func removeUser(id: String, vanished: Bool = false) -> [Effect] {
        if vanished { status = .error("\(name(ofUserID: id)) no longer exists; removed from the list.") }
        users.marks[id] = nil
        users.roles[id] = nil
        users.detailsRequests[id] = nil
        undoable.removeAll { $0.user.id == id }
        if let index = screens.firstIndex(where: { $0.concerns(userID: id) }) {
            screens.removeSubrange(index...)
        }
        guard let (page, offset) = locate(userID: id), let count = users.count else {
            users.pages = [:]
            return cancelPageRequests() + ensureLoaded()
        }
        var effects = users.pageRequests.filter { $0.key >= page }.sorted(by: { $0.key < $1.key }).map {
            users.pageRequests[$0.key] = nil
            return Effect.cancel($0.value)
        }
        users.pages[page]?.remove(at: offset)
        var last = page
        while let next = users.pages[last + 1], let first = next.first {
            users.pages[last]?.append(first)
            users.pages[last + 1]?.removeFirst()
            last += 1
        }
        users.count = count - 1
        for stale in users.pages.keys where stale > last { users.pages[stale] = nil }
        if (users.pages[last]?.count ?? 0) < users.expectedItems(onPage: last) { users.pages[last] = nil }
        scrollToCursor()
        effects += ensureLoaded()
        return effects
    }

    /// Puts fresher data about a user everywhere it is shown.
    mutating func replaceUser(_ user: User) {
        if let (page, offset) = locate(userID: user.id) { users.pages[page]?[offset] = user }
        if users.marks[user.id] != nil { users.marks[user.id] = user }
        if me?.id == user.id { me?.user = user }
        for index in screens.indices {
            if case .userDetails(let shown) = screens[index], shown.id == user.id {
                screens[index] = .userDetails(user)
            }
        }
    }
}
