import OrgModel

/// The platform as a scan meets it: `listUsers` pages of `users` by name, honouring only the page and a name
/// search (ASCII, without case) and ignoring the filters it does not know (role, email, connection), as a
/// FastAPI service does; `getUser` answers each user's roles. It counts the requests and the most in flight.
actor FilterBlindBackend: Backend {
    let users: [UserDetails]
    /// Roles `setRoles` gave, by user id, which `getUser` answers from then on.
    private var rolesSet: [String: Set<Role>] = [:]
    private(set) var queries: [UserQuery] = []
    private(set) var userReads: [String] = []
    private(set) var inFlight = 0
    private(set) var maxInFlight = 0

    init(_ users: [UserDetails]) {
        self.users = users.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
    }

    /// `count` users: `User 0…` named `User <n>`, every tenth an admin, every third signing in with Google,
    /// with a few accented names among them.
    static func organization(_ count: Int) -> FilterBlindBackend {
        FilterBlindBackend(
            (0..<count).map { n in
                let id = n % 3 == 0 ? "google-oauth2|\(n)" : "auth0|\(n)"
                let name = n % 50 == 7 ? "José García \(n)" : "User \(n)"
                let email = n % 25 == 1 ? "person\(n)@Gmail.com" : "person\(n)@acme.test"
                return UserDetails(
                    user: User(id: id, name: name, email: email), roles: n % 10 == 0 ? [.admin] : [.analyst])
            })
    }

    var listCalls: Int { queries.count }

    private func enter() async {
        inFlight += 1
        maxInFlight = max(maxInFlight, inFlight)
        await Task.yield()
    }

    func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage {
        queries.append(query)
        await enter()
        defer { inFlight -= 1 }
        let listed = users.map(\.user).filter { user in
            query.nameSearch.map { user.name.lowercased().contains($0.lowercased()) } ?? true
        }
        let size = query.effectivePageSize
        let items = Array(listed.dropFirst(query.offset).prefix(size))
        return UserPage(count: listed.count, items: items)
    }

    func getUser(id: String) async throws(BackendError) -> UserDetails {
        userReads.append(id)
        await enter()
        defer { inFlight -= 1 }
        guard let user = users.first(where: { $0.id == id }) else { throw .notFound }
        return UserDetails(user: user.user, roles: rolesSet[id] ?? user.roles)
    }

    func getOrganization() async throws(BackendError) -> Organization { throw .unsupported("not in this fake") }
    func getMe() async throws(BackendError) -> UserDetails { throw .unsupported("not in this fake") }
    func updateMe(_ update: UserUpdate) async throws(BackendError) -> User { throw .unsupported("not in this fake") }
    func deleteUser(id: String) async throws(BackendError) { throw .unsupported("not in this fake") }
    func resetPassword(id: String) async throws(BackendError) { throw .unsupported("not in this fake") }
    func setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?) async throws(BackendError) {
        guard users.contains(where: { $0.id == id }) else { throw .notFound }
        rolesSet[id] = roles
    }
    func inviteUser(_ invitation: Invitation) async throws(BackendError) { throw .unsupported("not in this fake") }
}
