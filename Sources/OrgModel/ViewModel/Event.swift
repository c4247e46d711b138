/// Something that happened: a key, typed text, a resize, or a backend's answer to a request.
///
/// Replies carry the `RequestID` of the request they answer; `reduce` drops replies to requests it no
/// longer waits for (superseded, cancelled, or about a list that has since changed).
public enum Event: Hashable, Sendable {
    /// The program started: load the organization, me and the first page at once.
    case started
    /// The admin asked for something (the key map turned a key into a command).
    case command(Command)
    /// Text typed into the focused query line or form field.
    case typed(String)
    /// What the terminal has to say on the status line until the next key, while the state has no message
    /// of its own: a broken config or a store others may read, at start, or why the key map refused a key
    /// (the backend lacks its operation); nil for a key that means nothing on the screen, which clears it.
    case notice(StatusMessage?)
    /// A click on a row or a field of the screen on top.
    case clicked(Click)
    /// Show only the users holding any of these roles (empty: every role), from the first row, with the name
    /// search kept (the line mode's `filter`). An extension of `orgtui serve` and the store.
    case roleFilterChosen(Set<Role>)
    /// Show only the users who sign in this way (nil: either), from the first row, with the search and the
    /// roles kept. An extension of `orgtui serve` and the store.
    case connectionFilterChosen(Connection?)
    /// The terminal now has this many columns and rows.
    case resized(width: Int, height: Int)
    /// A 300 ms pause in typing a search elapsed.
    case searchDebounceElapsed(RequestID)

    /// The pause of `Effect.wait` elapsed.
    case waited(RequestID)

    /// The answer to `Effect.getOrganization`.
    case organizationLoaded(RequestID, Result<Organization, BackendError>)
    /// The answer to `Effect.getMe`.
    case meLoaded(RequestID, Result<UserDetails, BackendError>)
    /// The answer to `Effect.loadPage` for this page number.
    case pageLoaded(RequestID, pageNumber: Int, Result<UserPage, BackendError>)
    /// One user's answer to `Effect.loadDetails`.
    case detailsLoaded(RequestID, userID: String, Result<UserDetails, BackendError>)
    /// Rows `Effect.scanUsers` found since its last report (possibly none), in the list's order, and how far
    /// it got.
    case usersScanned(RequestID, [User], ScanProgress)
    /// The end of `Effect.scanUsers`: how far it got (`complete` unless stopped), or the failure that ended it.
    case scanEnded(RequestID, Result<ScanProgress, BackendError>)
    /// The answer to `Effect.setRoles`.
    case rolesSaved(RequestID, Result<Done, BackendError>)
    /// The answer to `Effect.changeRoles`: the roles just before and after the change.
    case rolesApplied(RequestID, Result<RoleTransition, BackendError>)
    /// The answer to `Effect.invite`.
    case invited(RequestID, Result<Done, BackendError>)
    /// The answer to `Effect.delete`.
    case deleted(RequestID, Result<Done, BackendError>)
    /// The answer to `Effect.resetPassword`.
    case passwordResetSent(RequestID, Result<Done, BackendError>)
    /// The answer to `Effect.updateMe`: the profile as saved.
    case profileSaved(RequestID, Result<User, BackendError>)
    /// The answer to `Effect.loadAudit` for this page number.
    case auditLoaded(RequestID, pageNumber: Int, Result<AuditPage, BackendError>)
    /// The answer to `Effect.loadInvitations` for this page number.
    case invitationsLoaded(RequestID, pageNumber: Int, Result<InvitationPage, BackendError>)
    /// The answer to `Effect.revokeInvitation`.
    case invitationRevoked(RequestID, Result<Done, BackendError>)
    /// The answer to `Effect.watchChanges`: the backend's change counter, nil when it cannot tell.
    case changesChecked(RequestID, Result<Int?, BackendError>)
    /// The answer to `Effect.switchProfile`: the profile's backend is open; `profiles` as saved now.
    case profileSwitched(name: String, profiles: [ProfileEntry])
    /// The answer to `Effect.switchProfile` when the profile's backend cannot be opened, and why.
    case profileSwitchFailed(name: String, reason: String)
    /// The answer to `Effect.createStore`: the store exists and the terminal works on it, or why not.
    case storeCreated(Result<Done, BackendError>)
    /// The answer to `Effect.listProfiles`: the saved profiles as they are now.
    case profilesListed([ProfileEntry])
}
