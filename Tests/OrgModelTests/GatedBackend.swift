import OrgModel

/// Wraps a Backend to record every call, how many run at once and which were cancelled; calls it is
/// told to hold (`getUser`, or `listUsers` with a name search) wait at a gate until the test opens it.
actor GatedBackend<Base: Backend>: Backend {
    let base: Base
    let holdDetails: Bool
    let holdSearches: Bool
    private var gateOpen = false
    private(set) var calls: [String] = []
    private(set) var cancelled: [String] = []
    private(set) var inFlight = 0
    private(set) var maxInFlight = 0
    private(set) var held = 0

    init(_ base: Base, holdDetails: Bool = false, holdSearches: Bool = false) {
        self.base = base
        self.holdDetails = holdDetails
        self.holdSearches = holdSearches
    }

    func openGate() { gateOpen = true }

    /// Records the call, waits at the gate if held (a cancelled wait throws), then asks the base.
    private func pass<T>(_ call: String, hold: Bool, _ body: () async throws(BackendError) -> T)
        async throws(BackendError) -> T
    {
        calls.append(call)
        inFlight += 1
        maxInFlight = max(maxInFlight, inFlight)
        defer { inFlight -= 1 }
        if hold {
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
        return try await body()
    }

    func getOrganization() async throws(BackendError) -> Organization {
        try await pass("getOrganization", hold: false) { () async throws(BackendError) in
            try await base.getOrganization()
        }
    }

    func getMe() async throws(BackendError) -> UserDetails {
        try await pass("getMe", hold: false) { () async throws(BackendError) in try await base.getMe() }
    }

    func updateMe(_ update: UserUpdate) async throws(BackendError) -> User {
        try await pass("updateMe", hold: false) { () async throws(BackendError) in try await base.updateMe(update) }
    }

    func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage {
        try await pass(
            "listUsers \(query.pageNumber) \(query.nameSearch ?? "-")", hold: holdSearches && query.nameSearch != nil
        ) {
            () async throws(BackendError) in try await base.listUsers(query)
        }
    }

    func getUser(id: String) async throws(BackendError) -> UserDetails {
        try await pass("getUser \(id)", hold: holdDetails) { () async throws(BackendError) in
            try await base.getUser(id: id)
        }
    }

    func deleteUser(id: String) async throws(BackendError) {
        try await pass("deleteUser \(id)", hold: false) { () async throws(BackendError) in
            try await base.deleteUser(id: id)
        }
    }

    func resetPassword(id: String) async throws(BackendError) {
        try await pass("resetPassword \(id)", hold: false) { () async throws(BackendError) in
            try await base.resetPassword(id: id)
        }
    }

    func setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?) async throws(BackendError) {
        try await pass("setRoles \(id) \(roles.label)", hold: false) {
            () async throws(BackendError) in try await base.setRoles(id: id, roles: roles, basedOn: basedOn)
        }
    }

    func inviteUser(_ invitation: Invitation) async throws(BackendError) {
        try await pass("inviteUser \(invitation.email)", hold: false) {
            () async throws(BackendError) in try await base.inviteUser(invitation)
        }
    }
}
