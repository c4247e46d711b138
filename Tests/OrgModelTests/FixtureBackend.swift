import OrgModel

/// A Backend over `Fixture`'s `count` users that answers at once; a password reset is refused as for a
/// Google user.
struct FixtureBackend: Backend {
    let count: Int

    func getOrganization() async throws(BackendError) -> Organization { Fixture.organization }

    func getMe() async throws(BackendError) -> UserDetails { Fixture.me() }

    func updateMe(_ update: UserUpdate) async throws(BackendError) -> User {
        let me = Fixture.user(0)
        return User(id: me.id, name: update.name ?? me.name, email: update.email ?? me.email)
    }

    func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage {
        Fixture.page(query.pageNumber, count: count)
    }

    func getUser(id: String) async throws(BackendError) -> UserDetails {
        guard let number = Int(id.dropFirst()), number < count else { throw .notFound }
        return Fixture.details(number)
    }

    func deleteUser(id: String) async throws(BackendError) {}

    func resetPassword(id: String) async throws(BackendError) {
        throw .conflict("google-oauth2 users reset their password at Google")
    }

    func setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?) async throws(BackendError) {}

    func inviteUser(_ invitation: Invitation) async throws(BackendError) {}
}
