/// What the admin asked for, independent of the key that asked. The terminal's key map turns keys into
/// commands (and plain characters into `Event.typed`); `reduce` decides what each means on each screen.
public enum Command: Hashable, Sendable, CaseIterable {
    // Moving
    case up, down, pageUp, pageDown, first, last
    // Opening screens
    case open, search, editRoles, invite, organization, profile, help, audit
    // `filter` opens the users list's filter (roles, sign-in method)
    case filter
    // `invitations` opens the pending invitations
    case invitations
    // `profiles` opens the saved profiles' list, to switch organizations
    case profiles
    // `messages` opens the recent status messages, each whole
    case messages
    // Acting on users
    case delete, resetPassword, mark, undo, redo, copyEmail, reload, edit
    // Forms and dialogs: `toggleChoice` flips the role or the choice under the cursor
    case nextField, previousField, submit, confirm, deny, toggleChoice
    case toggleRole1, toggleRole2, toggleRole3
    // The role conflict dialog's answers (besides `deny`, which cancels)
    case applyOnTop, overwrite
    // Editing the text field or search line that has the keyboard (see `LineEditor`)
    case backspace, deleteForward, cursorLeft, cursorRight, lineStart, lineEnd, killToStart, killToEnd, killWordBack
    // Leaving: `back` closes the screen on top, `quit` leaves from the users table, `quitNow` from anywhere
    case back, quit, quitNow

    /// The role that `toggleRole1`, `toggleRole2` or `toggleRole3` flips; nil for every other command.
    var toggledRole: Role? {
        switch self {
        case .toggleRole1: .admin
        case .toggleRole2: .developer
        case .toggleRole3: .analyst
        default: nil
        }
    }
}
