extension AppState {
    /// Turns the query line's outcome into effects; a command the line ignores moves the table.
    mutating func apply(_ outcome: SearchLine.Outcome, for command: Command) -> [Effect] {
        switch outcome {
        case .edited:
            return queryEdited()
        case .run:
            let effects = cancelDebounce()
            return search.nameSearch == users.nameSearch ? effects : effects + runSearch(search.nameSearch)
        case .refused(let reason):
            status = .error(reason)
            return []
        case .clear:
            return clearSearch()
        case .ignored:
            return handleMove(command)
        }
    }

    /// New query text: cancels the pending pause and, when the text is valid and new, starts another.
    mutating func queryEdited() -> [Effect] {
        var effects = cancelDebounce()
        if search.isValid, search.nameSearch != users.nameSearch {
            let id = newRequestID()
            search.debounce = id
            effects.append(.debounceSearch(id, milliseconds: SearchLine.debounceMilliseconds))
        }
        return effects
    }

    /// The pause elapsed: runs the query if it is still the one typed, valid and new.
    mutating func searchPaused(_ id: RequestID) -> [Effect] {
        guard search.debounce == id else { return [] }
        search.debounce = nil
        guard search.isValid, search.nameSearch != users.nameSearch else { return [] }
        return runSearch(search.nameSearch)
    }

    /// Closes the query line and returns to the full list.
    mutating func clearSearch() -> [Effect] {
        let effects = cancelDebounce()
        search = SearchLine()
        return users.nameSearch == nil ? effects : effects + runSearch(nil)
    }

    /// Shows the result of another query from its first row, cancelling the requests of the last one.
    private mutating func runSearch(_ nameSearch: String?) -> [Effect] {
        let effects = cancelPageRequests()
        users.nameSearch = nameSearch
        users.count = nil
        users.pages = [:]
        users.cursor = 0
        users.top = 0
        return effects + ensureLoaded()
    }

    private mutating func cancelDebounce() -> [Effect] {
        guard let id = search.debounce else { return [] }
        search.debounce = nil
        return [.cancel(id)]
    }
}
