/// Work that `reduce` asks for: backend requests (each with its `RequestID`), timers and cancellations
/// for the runner, and a few things only the terminal can do (`copyToClipboard`, `quit`).
public enum Effect: Hashable, Sendable {
    /// The organization; answered by `organizationLoaded`.
    case getOrganization(RequestID)
    /// The signed-in user; answered by `meLoaded`.
    case getMe(RequestID)
    /// One page of the user list; answered by `pageLoaded`.
    case loadPage(RequestID, UserQuery)
    /// The details (roles) of these users, fetched concurrently; one `detailsLoaded` per user.
    case loadDetails(RequestID, userIDs: [String])
    /// Replace a user's role set if it is still `basedOn` (nil: whatever it is); answered by `rolesSaved`.
    case setRoles(RequestID, userID: String, roles: Set<Role>, basedOn: Set<Role>?)
    /// Apply `delta` to the user's roles as read afresh, compare-and-set, retrying a few times when they
    /// change in between; answered by `rolesApplied`.
    case changeRoles(RequestID, userID: String, delta: RoleDelta)
    /// Invite someone; answered by `invited`.
    case invite(RequestID, Invitation)
    /// Delete a user; answered by `deleted`.
    case delete(RequestID, userID: String)
    /// Send a user a password reset; answered by `passwordResetSent`.
    case resetPassword(RequestID, userID: String)
    /// Change the signed-in user's profile; answered by `profileSaved`.
    case updateMe(RequestID, UserUpdate)
    /// One page of the audit log; answered by `auditLoaded`.
    case loadAudit(RequestID, AuditQuery)
    /// One page of the pending invitations; answered by `invitationsLoaded`.
    case loadInvitations(RequestID, InvitationQuery)
    /// Withdraw the pending invitation to this email; answered by `invitationRevoked`.
    case revokeInvitation(RequestID, email: String)
    /// Scan every user for the query's filters, for a backend that cannot apply them (`UserScan`): answered
    /// by `usersScanned` as rows are found (page by page, in the list's order) and once by `scanEnded`.
    case scanUsers(RequestID, UserQuery)
    /// Stop the request (or timer) with this id; its reply, if any, is not sent or is dropped.
    case cancel(RequestID)
    /// Send `searchDebounceElapsed(id)` after this pause.
    case debounceSearch(RequestID, milliseconds: Int)
    /// Ask the backend's change counter, at once when `since` is nil, else every `everyMilliseconds` until it
    /// differs from `since`; answered once by `changesChecked` (the counter, nil when the backend cannot
    /// tell, or the first failure). The terminal wakes only for that answer.
    case watchChanges(RequestID, since: Int?, everyMilliseconds: Int)
    /// Send `waited(id)` after this pause (the live refresh's timers).
    case wait(RequestID, milliseconds: Int)
    /// Put this text on the clipboard (the terminal's job).
    case copyToClipboard(String)
    /// Leave the program (the terminal's job).
    case quit
    /// Work on the saved profile with this name from now on (the terminal's job): answered by
    /// `profileSwitched` once its backend is open (every request of the old one cancelled), else by
    /// `profileSwitchFailed`.
    case switchProfile(String)
    /// Create the local store the first-run form describes and work on it from now on (the terminal's job);
    /// answered by `storeCreated`.
    case createStore(NewStore)
    /// Read the saved profiles again (the terminal's job), which `orgtui login` may have changed since;
    /// answered by `profilesListed`.
    case listProfiles

    /// Whether the effect runner performs this; the rest is for the terminal.
    public var isBackendWork: Bool {
        switch self {
        case .copyToClipboard, .quit, .switchProfile, .listProfiles, .createStore: false
        default: true
        }
    }

    /// The permission this effect needs, or nil when anyone signed in may ask for it. `AppState.send`
    /// checks it before it sends a change.
    var requiredPermission: Permission? {
        switch self {
        case .getOrganization: .readOrganization
        case .loadPage, .loadDetails, .scanUsers: .readUsers
        case .setRoles, .changeRoles: .setRoles
        case .invite: .inviteUser
        case .delete: .deleteUser
        case .resetPassword: .resetPassword
        case .updateMe: .updateMe
        case .loadAudit: .readAudit
        case .loadInvitations: .readInvitations
        case .revokeInvitation: .revokeInvitation
        case .getMe, .cancel, .debounceSearch, .watchChanges, .wait, .copyToClipboard, .quit, .switchProfile,
            .listProfiles, .createStore:
            nil
        }
    }
}
