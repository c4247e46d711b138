/// The org-user-management API, one method per operation, as the signed-in user ("me").
///
/// Implementations: the local SQLite store (`OrgStore`) and the HTTP client (`OrgHTTP`). Both pass the
/// same contract suite. Every method throws only `BackendError`; the rules are those of contract.md:
/// pages ordered by case-insensitive name then id, 404 for unknown ids, 409 for the last admin,
/// self-deletion, provider-managed users and duplicate invitations, 403 for what the roles forbid.
public protocol Backend: Sendable {
    /// The organization (GET /organization).
    func getOrganization() async throws(BackendError) -> Organization

    /// The signed-in user with roles (GET /users/me).
    func getMe() async throws(BackendError) -> UserDetails

    /// Changes the signed-in user's name or email; username-password users only, else 409 (PATCH /users/me).
    func updateMe(_ update: UserUpdate) async throws(BackendError) -> User

    /// A page of users, ordered by name then id, optionally filtered by name (GET /users).
    func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage

    /// One user with roles (GET /users/{id}).
    func getUser(id: String) async throws(BackendError) -> UserDetails

    /// Removes a user; never yourself nor the last admin (DELETE /users/{id}).
    func deleteUser(id: String) async throws(BackendError)

    /// Sends a password reset; username-password users only, else 409 (POST /users/{id}/password-reset).
    func resetPassword(id: String) async throws(BackendError)

    /// Replaces a user's role set; the last admin keeps `admin` (PUT /users/{id}/roles). With `basedOn`, only
    /// if the user's roles are still that set, compared and set at once; else `.rolesChanged` and no change.
    func setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?) async throws(BackendError)

    /// Invites someone by email; 409 when the email is a member or already invited (POST /users/invite).
    func inviteUser(_ invitation: Invitation) async throws(BackendError)

    /// A page of the audit log, newest first, optionally only about one user; admins only (GET /audit, an
    /// extension of `orgtui serve`). A backend without an audit log throws `.unsupported`.
    func listAudit(_ query: AuditQuery) async throws(BackendError) -> AuditPage

    /// A page of the pending invitations, oldest first; admins only (GET /invitations, an extension of
    /// `orgtui serve`). A backend that keeps no invitations (the platform) throws `.unsupported`.
    func listInvitations(_ query: InvitationQuery) async throws(BackendError) -> InvitationPage

    /// Withdraws the pending invitation to `email` (compared without case), so that it can no longer be
    /// accepted; admins only; `.notFound` when none is pending (DELETE /invitations/{email}, an extension of
    /// `orgtui serve`). A backend that keeps no invitations throws `.unsupported`.
    func revokeInvitation(email: String) async throws(BackendError)

    /// A number that changes whenever anything was committed since the last call (by this process or
    /// another), read cheaply; nil when the backend cannot tell, so screens refresh on a timer instead.
    func changeCounter() async throws(BackendError) -> Int?
}

extension Backend {
    /// Cannot tell: screens refresh on a timer.
    public func changeCounter() async throws(BackendError) -> Int? { nil }

    /// Replaces a user's role set whatever it is now.
    public func setRoles(id: String, roles: Set<Role>) async throws(BackendError) {
        try await setRoles(id: id, roles: roles, basedOn: nil)
    }

    /// No audit log: `.unsupported`.
    public func listAudit(_ query: AuditQuery) async throws(BackendError) -> AuditPage {
        throw .unsupported(BackendError.noAuditLog)
    }

    /// No invitations kept: `.unsupported`.
    public func listInvitations(_ query: InvitationQuery) async throws(BackendError) -> InvitationPage {
        throw .unsupported(BackendError.noInvitations)
    }

    /// No invitations kept: `.unsupported`.
    public func revokeInvitation(email: String) async throws(BackendError) {
        throw .unsupported(BackendError.noInvitations)
    }
}
