extension UserList {
    /// Whether the list shows only some users: a role or connection filter (Esc on the table clears it).
    public var isFiltered: Bool { !roleFilter.isEmpty || connectionFilter != nil }

    /// What the list shows, for the title line: `All users`, `Admins or analysts, Google`,
    /// `Email contains "gmail.com"`, or `Admins · name contains "ann"`.
    public var shownDescription: String {
        var filter: [String] = []
        if !roleFilter.isEmpty { filter.append(rolesPhrase) }
        if let connectionFilter { filter.append(connectionFilter == .googleOAuth2 ? "Google" : "password") }
        let parts = [filter.isEmpty ? nil : filter.joined(separator: ", "), searchPhrase].compactMap(\.self)
        guard !parts.isEmpty else { return "All users" }
        let text = parts.joined(separator: " · ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The body's sentence when the search or filter matches nobody, such as `No admins match. Esc shows
    /// everyone.`, or that a scan has found none yet or stopped first; nil when the list shows everyone.
    public var emptySentence: String? {
        if let scan, !scan.progress.complete {
            return scan.running
                ? "None found yet: the scan goes on. Esc stops it."
                : "None found among the users scanned before it stopped. Press r to scan again."
        }
        let byConnection = connectionFilter.map {
            $0 == .googleOAuth2 ? "who sign in with Google" : "who sign in with a password"
        }
        let bySearch = searchPhrase.map { "whose \($0)" }
        let sentence: String
        switch (roleFilter.isEmpty, byConnection, nameSearch) {
        case (true, nil, nil):
            return nil
        case (true, nil, let search?):
            sentence = "No user's \(UserQuery.searchesEmail(search) ? "email" : "name") contains \"\(search)\"."
        default:
            let subject = roleFilter.isEmpty ? "users" : rolesPhrase.lowercased()
            let clauses = [byConnection, bySearch].compactMap(\.self).joined(separator: " and ")
            sentence = "No \(subject)\(clauses.isEmpty ? "" : " " + clauses) match."
        }
        return sentence + " Esc shows everyone."
    }

    /// The role filter as plural nouns, such as `Admins or analysts`.
    private var rolesPhrase: String {
        let names = roleFilter.ordered.map { $0.rawValue + "s" }
        let text =
            names.count <= 2
            ? names.joined(separator: " or ") : names.dropLast().joined(separator: ", ") + " or " + names.last!
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The search, such as `email contains "gmail.com"`, or nil.
    private var searchPhrase: String? {
        nameSearch.map { "\(UserQuery.searchesEmail($0) ? "email" : "name") contains \"\($0)\"" }
    }
}
