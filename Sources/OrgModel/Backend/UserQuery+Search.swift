extension UserQuery {
    /// The characters that make a search term part of an address rather than a name (besides digits).
    private static let addressMarks = Set("@._-+".unicodeScalars)

    /// Whether `/` searches emails for `text`: it holds `@`, `.`, `_`, `-`, `+` or a digit (`gmail.com`,
    /// `ann.lee@`); otherwise it searches names.
    public static func searchesEmail(_ text: String) -> Bool {
        text.unicodeScalars.contains { addressMarks.contains($0) || ("0"..."9").contains($0) }
    }

    /// Why `text` cannot be searched, by the rule of its kind (name or email), or nil.
    public static func searchProblem(_ text: String) -> String? {
        searchesEmail(text) ? Validation.emailSearchProblem(text) : Validation.anyScriptNameSearchProblem(text)
    }

    /// A page of the users whose email contains `search` when it reads as part of an address, whose name
    /// contains it otherwise (nil: everyone), holding any of `roles` and signing in with `connection`.
    public init(pageNumber: Int = 1, search: String?, roles: Set<Role> = [], connection: Connection? = nil) {
        let email = search.map(Self.searchesEmail) ?? false
        self.init(
            pageNumber: pageNumber, nameSearch: email ? nil : search, roles: roles,
            emailSearch: email ? search : nil, connection: connection)
    }
}
