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
    /// The terminal now has this many columns and rows.
    case resized(width: Int, height: Int)
    /// A 300 ms pause in typing a search elapsed.
    case searchDebounceElapsed(RequestID)

    case organizationLoaded(RequestID, Result<Organization, BackendError>)
    case meLoaded(RequestID, Result<UserDetails, BackendError>)
    case pageLoaded(RequestID, pageNumber: Int, Result<UserPage, BackendError>)
    case detailsLoaded(RequestID, userID: String, Result<UserDetails, BackendError>)
    case rolesSaved(RequestID, Result<Done, BackendError>)
    case invited(RequestID, Result<Done, BackendError>)
    case deleted(RequestID, Result<Done, BackendError>)
    case passwordResetSent(RequestID, Result<Done, BackendError>)
    case profileSaved(RequestID, Result<User, BackendError>)
}
