import OrgModel

/// A Backend that waits before every call, standing in for a network round trip; the benchmark's
/// server uses it to add the same delay to every request. With `ignoresFilters`, `listUsers` drops the role,
/// email and sign-in filters, as the platform (a FastAPI service) ignores parameters it does not know.
struct HTTPDelayedBackend: Backend {
    let base: any Backend
    let delay: Duration
    var ignoresFilters = false

    private func pause() async { try? await Task.sleep(for: delay) }

    func getOrganization() async throws(BackendError) -> Organization {
        await pause(); return try await base.getOrganization()
    }
    func getMe() async throws(BackendError) -> UserDetails { await pause(); return try await base.getMe() }
    func updateMe(_ update: UserUpdate) async throws(BackendError) -> User {
        await pause(); return try await base.updateMe(update)
    }
    func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage {
        await pause()
        guard ignoresFilters else { return try await base.listUsers(query) }
        return try await base.listUsers(
            UserQuery(pageNumber: query.pageNumber, pageSize: query.pageSize, nameSearch: query.nameSearch))
    }
    func getUser(id: String) async throws(BackendError) -> UserDetails {
        await pause(); return try await base.getUser(id: id)
    }
    func deleteUser(id: String) async throws(BackendError) { await pause(); try await base.deleteUser(id: id) }
    func resetPassword(id: String) async throws(BackendError) { await pause(); try await base.resetPassword(id: id) }
    func setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?) async throws(BackendError) {
        await pause(); try await base.setRoles(id: id, roles: roles, basedOn: basedOn)
    }
    func inviteUser(_ invitation: Invitation) async throws(BackendError) {
        await pause(); try await base.inviteUser(invitation)
    }
}
