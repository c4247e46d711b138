/// One screen of the stack in `AppState.screens`; the last is on top, `back` pops it.
public enum Screen: Hashable, Sendable {
    /// The users table, always at the bottom of the stack.
    case users
    /// One user; the roles come from `AppState.users.roles`.
    case userDetails(User)
    /// The role checklist for one user or for the marked users.
    case roleEditor(RoleEditor)
    /// A new invitation being filled in.
    case inviteForm(InviteForm)
    /// A yes/no question before something that cannot be taken back.
    case confirmation(Confirmation)
    /// A role save found the roles changed meanwhile: apply on top, overwrite or cancel.
    case roleConflict(RoleConflict)
    /// The signed-in user (`AppState.me`).
    case profile
    /// The signed-in user's name and email being edited.
    case profileEditor(ProfileForm)
    /// The organization (`AppState.organization`).
    case organization
    /// The key map's help text, scrolled down by `scroll` lines (the renderer clamps it).
    case help(scroll: Int)
    /// The audit log, of everyone or of one user (an extension of `orgtui serve`; the store has it).
    case auditLog(AuditLog)
    /// The pending invitations, to revoke a mistyped one (an extension of `orgtui serve`; the store has them).
    case invitations(InvitationList)
    /// The saved profiles, to switch to another organization.
    case profiles(ProfileList)
    /// The form that creates the local store on the first run, over a users table with no backend yet.
    case firstRun(FirstRunForm)
    /// The recent status messages (`AppState.messages`), each whole.
    case messages(RecentMessages)
    /// The users list's filter: roles and sign-in method.
    case filter(UserFilter)
}
