extension UserList {
    /// What the list shows: its rows and the query they answer.
    struct Shown: Hashable, Sendable {
        var window: PagedRows<User>
        var nameSearch: String?
        var roleFilter: Set<Role>
        var connectionFilter: Connection?
    }

    /// After the new query's page failed: when the backend refused it as `.unsupported` (a server that does
    /// not offer the filters), takes back the rows, the position and the query shown before, and returns the
    /// status line's sentence saying what was refused and why; nil for any other failure, or when nothing
    /// was shown before (the list then stays empty with the failure said).
    mutating func takeBack(after error: BackendError) -> String? {
        defer { previous = nil }
        guard case .unsupported(let detail) = error, let previous else { return nil }
        let refused = Self.lowercasedFirst(shownDescription)
        window = previous.window
        nameSearch = previous.nameSearch
        roleFilter = previous.roleFilter
        connectionFilter = previous.connectionFilter
        return "Could not show \(refused), so the list still shows \(Self.lowercasedFirst(shownDescription)): \(detail)"
    }

    /// What the list shows now, kept until the next query's first page answers (`previous`); a list whose
    /// query has not answered yet keeps the last one that did.
    mutating func keepShown() {
        guard count != nil else { return }
        previous = Shown(
            window: window, nameSearch: nameSearch, roleFilter: roleFilter, connectionFilter: connectionFilter)
    }

    private static func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
