import OrgModel

/// An in-memory Backend whose role sets compare-and-set, and where "someone else" adds analyst to the
/// user between each of your reads and your write, `meddles` times.
actor ContestedBackend: Backend {
    private(set) var roles: [String: Set<Role>]
    private var meddles: Int
    /// The calls in order, such as `getUser u00001` and `setRoles u00001`.
    private(set) var calls: [String] = []

    init(roles: [String: Set<Role>], meddles: Int) {
        self.roles = roles
        self.meddles = meddles
    }

    func getOrganization() async throws(BackendError) -> Organization { Fixture.organization }
    func getMe() async throws(BackendError) -> UserDetails { Fixture.me() }
    func updateMe(_ update: UserUpdate) async throws(BackendError) -> User { Fixture.user(0) }
    func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage { UserPage(count: 0, items: []) }
    func deleteUser(id: String) async throws(BackendError) {}
    func resetPassword(id: String) async throws(BackendError) {}
    func inviteUser(_ invitation: Invitation) async throws(BackendError) {}

    func getUser(id: String) async throws(BackendError) -> UserDetails {
        calls.append("getUser \(id)")
        guard let current = roles[id] else { throw .notFound }
        if meddles > 0 {
            meddles -= 1
            roles[id] = current.symmetricDifference([.analyst])
        }
        return UserDetails(user: User(id: id, name: id, email: "\(id)@acme.test"), roles: current)
    }

    func setRoles(id: String, roles new: Set<Role>, basedOn: Set<Role>?) async throws(BackendError) {
        calls.append("setRoles \(id)")
        guard let current = roles[id] else { throw .notFound }
        if let basedOn, basedOn != current { throw .rolesChanged(current: current) }
        roles[id] = new
    }
}
