/// The organization's rules of contract.md that every store enforces inside the transaction of a change, each
/// with the refusal a person reads. A store reads what a rule needs (a member, whether an email is taken, how
/// many admins there are) and calls it, so the rules and their words live here once, whichever store keeps
/// the organization. Checks run in the order the contract answers: 422, then 404 (the store's lookup), 412
/// and 409.
public enum OrganizationRules {
    /// Refuses (422) a role set no member may hold: an empty one.
    public static func checkRoles(_ roles: Set<Role>) throws(BackendError) {
        if let problem = Validation.rolesProblem(roles) { throw .invalid(problem) }
    }

    /// Refuses (412, with the set now) a role change based on `basedOn` when the member's roles, `current`, are
    /// no longer that set; a change based on nil replaces any set.
    public static func checkBasis(_ basedOn: Set<Role>?, current: Set<Role>) throws(BackendError) {
        if let basedOn, basedOn != current { throw .rolesChanged(current: current) }
    }

    /// Refuses (409) a member deleting themselves: `user` is the member the actor `actorID` would delete.
    public static func checkDeletion(of user: UserDetails, by actorID: String) throws(BackendError) {
        if user.id == actorID { throw selfDeletion }
    }

    /// Refuses (409) a password reset for a member who signs in through `connection` when its provider, not
    /// the organization, keeps the password.
    public static func checkPasswordReset(of user: UserDetails, connection: Connection) throws(BackendError) {
        if connection == .googleOAuth2 { throw googlePasswordReset(user) }
    }

    /// Refuses (422) an invitation with an invalid email, name or role set.
    public static func checkInvitation(_ invitation: Invitation) throws(BackendError) {
        if let problem = invitation.problem { throw .invalid(problem) }
    }

    /// Refuses (409) inviting `email` when it is a member's (`isMember`, compared without case) or already has
    /// a pending invitation (`isInvited`).
    public static func checkInvitee(_ email: String, isMember: Bool, isInvited: Bool) throws(BackendError) {
        try checkNewMember(email, isMember: isMember)
        if isInvited { throw alreadyInvited(email) }
    }

    /// Refuses (409) making `email` a member (an invitation, or its acceptance) when it is a member's already.
    public static func checkNewMember(_ email: String, isMember: Bool) throws(BackendError) {
        if isMember { throw alreadyMember(email) }
    }

    /// Refuses (404) withdrawing the invitation to `email` when none is pending (`isInvited`, compared without
    /// case): it was accepted or withdrawn already, or never sent. `notInvited(email)` says so.
    public static func checkRevocation(_ email: String, isInvited: Bool) throws(BackendError) {
        if !isInvited { throw .notFound }
    }

    /// The detail of the 404 for withdrawing the invitation to `email`, which is not pending.
    public static func notInvited(_ email: String) -> String {
        "No invitation to \(email) is pending: it was accepted or withdrawn already, or never sent."
    }

    /// Whether a change takes the admin role from `user`: they hold it and `roles`, their roles after the
    /// change (nil when they are deleted), do not. Only then does the last-admin rule count the admins.
    public static func removesAdmin(from user: UserDetails, leaving roles: Set<Role>?) -> Bool {
        user.roles.contains(.admin) && roles?.contains(.admin) != true
    }

    /// Refuses (409) taking the admin role from `user` (`removesAdmin`) when `adminCount`, asked only then,
    /// says no other member holds it: the organization keeps at least one admin.
    public static func checkLastAdmin(_ user: UserDetails, leaving roles: Set<Role>?, adminCount: () throws -> Int)
        throws
    {
        if removesAdmin(from: user, leaving: roles), try adminCount() <= 1 { throw lastAdmin(user) }
    }

    /// `checkLastAdmin` for a store that counts the admins asynchronously.
    public static func checkLastAdmin(
        _ user: UserDetails, leaving roles: Set<Role>?, adminCount: () async throws -> Int
    ) async throws {
        if removesAdmin(from: user, leaving: roles), try await adminCount() <= 1 { throw lastAdmin(user) }
    }

    /// The refusal (409) of a member deleting themselves.
    public static let selfDeletion = BackendError.conflict("You cannot delete yourself.")

    /// The refusal (409) of taking the admin role from `user`, the last admin.
    public static func lastAdmin(_ user: UserDetails) -> BackendError {
        .conflict("\(user.name) is the last admin; the organization needs one.")
    }

    /// The refusal (409) of a password reset for `user`, who signs in with Google.
    public static func googlePasswordReset(_ user: UserDetails) -> BackendError {
        .conflict("\(user.name) signs in with Google: the password is reset through Google, not here.")
    }

    /// The refusal (409) of inviting `email`, which is a member's.
    public static func alreadyMember(_ email: String) -> BackendError {
        .conflict("\(email) is already a member of the organization.")
    }

    /// The refusal (409) of inviting `email` a second time.
    public static func alreadyInvited(_ email: String) -> BackendError {
        .conflict("\(email) has already been invited.")
    }
}
