extension AppState {
    /// The pause in typing after which a valid query runs by itself.
    public static let searchDebounceMilliseconds = 300

    /// Text typed into the query line or the focused form field; elsewhere it means nothing.
    mutating func type(_ text: String) -> [Effect] {
        guard !text.isEmpty, acceptsText else { return [] }
        switch screen {
        case .users:
            return editQuery(search.text + text)
        case .inviteForm(var form):
            form.focusedText = (form.focusedText ?? "") + text
            screens[screens.count - 1] = .inviteForm(form)
        case .profileEditor(var form):
            form.focusedText += text
            screens[screens.count - 1] = .profileEditor(form)
        default:
            break
        }
        return []
    }

    /// The query line's keys: Enter runs, Esc clears, backspace edits, moving keys still move.
    mutating func handleQueryLine(_ command: Command) -> [Effect] {
        switch command {
        case .submit:
            guard search.isValid else {
                fail(search.hint ?? "Search uses letters A-Z and spaces only.")
                return []
            }
            var effects = cancelDebounce()
            search.isEditing = false
            if search.nameSearch != users.nameSearch { effects += runSearch(search.nameSearch) }
            return effects
        case .backspace:
            return editQuery(String(search.text.dropLast()))
        case .back:
            return clearSearch()
        default:
            return handleMove(command)
        }
    }

    /// Opens the query line, keeping the current query's text to edit.
    mutating func openQueryLine() -> [Effect] {
        search.isEditing = true
        search.hint = search.text.isEmpty ? nil : Validation.nameSearchProblem(search.text)
        return []
    }

    /// New query text: says why it cannot be sent yet, or schedules it to run after a pause.
    private mutating func editQuery(_ text: String) -> [Effect] {
        var effects = cancelDebounce()
        search.text = text
        search.hint = text.isEmpty ? nil : Validation.nameSearchProblem(text)
        if search.isValid, search.nameSearch != users.nameSearch {
            let id = newRequestID()
            search.debounce = id
            effects.append(.debounceSearch(id, milliseconds: Self.searchDebounceMilliseconds))
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
