extension AppState {
    /// A command while the query line has the keyboard: the line edits, runs, refuses or clears its query,
    /// and a command it ignores moves the table.
    mutating func handleSearch(_ command: Command) -> [Effect] {
        switch search.handle(command) {
        case .edited:
            return search.edited(showing: users.nameSearch, nextRequestID: &nextRequestID)
        case .moved:
            return []
        case .run:
            let effects = search.cancelPause()
            return search.nameSearch == users.nameSearch
                ? effects
                : effects + runSearch(search.nameSearch, roles: users.roleFilter, connection: users.connectionFilter)
        case .refused(let reason):
            status = .error(reason)
            return []
        case .clear:
            return clearSearch()
        case .ignored:
            return handleMove(command)
        }
    }

    /// Closes the query line, drops the role and connection filters, and returns to the full list.
    mutating func clearSearch() -> [Effect] {
        let effects = search.cancelPause()
        search = SearchLine()
        return users.isNarrowed ? effects + runSearch(nil, roles: [], connection: nil) : effects
    }

    /// Shows the result of another query (a search, roles, a connection) from its first row, cancelling the
    /// requests of the last one; asks for the organization's total too when it is not known.
    mutating func runSearch(_ nameSearch: String?, roles: Set<Role>, connection: Connection?) -> [Effect] {
        users.show(nameSearch, roles: roles, connection: connection) + ensureLoaded()
            + users.requestTotalIfUnknown(nextRequestID: &nextRequestID)
    }
}
