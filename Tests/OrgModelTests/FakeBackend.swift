import OrgModel

/// A Backend double over `Fixture`'s users that records every call, how many run at once, and which
/// were cancelled; calls it is told to hold wait at a gate until the test opens it.
actor FakeBackend: Backend {
    let count: Int
    /// Whether `getUser` calls, and `listUsers` calls with a name search, wait at the gate.
    let holdDetails: Bool
    let holdSearches: Bool
    private var gateOpen = false
    private(set) var calls: [String] = []
    private(set) var cancelled: [String] = []
    private(set) var inFlight = 0
    private(set) var maxInFlight = 0
    private(set) var held = 0

    init(count: Int, holdDetails: Bool = false, holdSearches: Bool = false) {
        self.count = count
        self.holdDetails = holdDetails
        self.holdSearches = holdSearches
    }

    func openGate() { gateOpen = true }

    /// Records the call; if held, waits for the gate (a cancelled wait throws).
    private func enter(_ call: String, hold: Bool) async throws(BackendError) {
        calls.append(call)
        inFlight += 1
        maxInFlight = max(maxInFlight, inFlight)
        defer { inFlight -= 1 }
        guard hold else { return }
        held += 1
        defer { held -= 1 }
        while !gateOpen {
            do {
                try await Task.sleep(for: .milliseconds(1))
            } catch {
                cancelled.append(call)
                throw .network("cancelled")
            }
        }
    }

    func getOrganization() async throws(BackendError) -> Organization {
        try await enter("getOrganization", hold: false)
        return Fixture.organization
    }

    func getMe() async throws(BackendError) -> UserDetails {
        try await enter("getMe", hold: false)
        return Fixture.me()
    }

    func updateMe(_ update: UserUpdate) async throws(BackendError) -> User {
        try await enter("updateMe", hold: false)
        let me = Fixture.user(0)
        return User(id: me.id, name: update.name ?? me.name, email: update.email ?? me.email)
    }

    func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage {
        try await enter("listUsers \(query.pageNumber) \(query.nameSearch ?? "-")", hold: holdSearches && query.nameSearch != nil)
        return Fixture.page(query.pageNumber, count: count)
    }

    func getUser(id: String) async throws(BackendError) -> UserDetails {
        try await enter("getUser \(id)", hold: holdDetails)
        guard let number = Int(id.dropFirst()), number < count else { throw .notFound }
        return Fixture.details(number)
    }

    func deleteUser(id: String) async throws(BackendError) {
        try await enter("deleteUser \(id)", hold: false)
    }

    func resetPassword(id: String) async throws(BackendError) {
        try await enter("resetPassword \(id)", hold: false)
        throw .conflict("google-oauth2 users reset their password at Google")
    }

    func setRoles(id: String, roles: Set<Role>) async throws(BackendError) {
        try await enter("setRoles \(id) \(roles.label)", hold: false)
    }

    func inviteUser(_ invitation: Invitation) async throws(BackendError) {
        try await enter("inviteUser \(invitation.email)", hold: false)
    }
}
