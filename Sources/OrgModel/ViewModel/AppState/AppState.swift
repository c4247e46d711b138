/// Everything the screens show and everything `reduce` needs to decide what a key or a reply means.
/// The renderer reads it; only `reduce` changes it.
public struct AppState: Hashable, Sendable {
    /// The screen stack; the last is on top and the first is always `.users`.
    public internal(set) var screens: [Screen] = [.users]
    /// The users table.
    public internal(set) var users = UserList()
    /// The query line.
    public internal(set) var search = SearchLine()
    /// The signed-in user, once loaded; until then nothing that changes anything is allowed.
    public internal(set) var me: UserDetails?
    /// The organization, once loaded.
    public internal(set) var organization: Organization?
    /// The saved profile in use, shown in the header; nil when started without profiles.
    public internal(set) var activeProfile: String?
    /// The saved profiles that the profile list offers.
    public internal(set) var profiles: [ProfileEntry]
    /// Whether every change is disabled (`--readonly`).
    public let readOnly: Bool
    /// The message on the status line; each one is kept in `messages` too.
    public internal(set) var status: StatusMessage? {
        didSet { if let status { messages.record(status) } }
    }
    /// What the terminal said until the next key (`Event.notice`), shown while `status` is nil; kept in
    /// `messages` too.
    public internal(set) var notice: StatusMessage? {
        didSet { if let notice { messages.record(notice) } }
    }
    /// The recent messages, whole, which `!` shows.
    public internal(set) var messages = MessageLog()
    /// The terminal's size.
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// The session's role changes that `u` takes back and `U` makes again.
    var history = UndoHistory()
    /// The change to several users under way (roles, their undo or redo, deletions, resets), if any.
    public internal(set) var bulk: BulkProgress?
    /// Why your profile cannot be edited here (the server said it is managed by the sign-in provider).
    public internal(set) var profileLockedReason: String?
    /// The invite form as it was left with Esc, restored when it opens again.
    var inviteDraft: InviteForm?
    /// The live refresh: its timers, and what it found changed.
    public internal(set) var refresh: LiveRefresh
    /// The next request id to hand out.
    var nextRequestID = 1
    var organizationRequest: RequestID?
    var meRequest: RequestID?
    /// Changes sent and not answered yet.
    var pendingChanges: [RequestID: PendingChange] = [:]

    /// - Parameter refreshSeconds: how often to reload the visible rows while idle when the backend cannot
    ///   tell changes (0: no live refresh at all; see `LiveRefresh`).
    ///   - activeProfile: the saved profile in use, if any; `profiles`: all of them.
    ///   - firstRun: where the first-run form creates the local store, which does not exist yet; nil when
    ///     there is a backend already.
    public init(
        width: Int = 80, height: Int = 24, readOnly: Bool = false, refreshSeconds: Int = 0,
        activeProfile: String? = nil, profiles: [ProfileEntry] = [], firstRun: String? = nil
    ) {
        self.width = width
        self.height = height
        self.readOnly = readOnly
        self.activeProfile = activeProfile
        self.profiles = profiles
        refresh = LiveRefresh(seconds: refreshSeconds)
        if let firstRun { screens.append(.firstRun(FirstRunForm(path: firstRun))) }
    }

    /// The screen on top.
    public var screen: Screen { screens[screens.count - 1] }

    /// Where everything goes on the terminal; the renderer draws into the same regions.
    public var layout: Layout { Layout(width: width, height: height) }

    /// The list rows that fit in the terminal.
    public var bodyRows: Int { layout.body.height }

    /// The visible rows of the users table.
    public var visibleRows: [UserRow] { users.rows(bodyRows: bodyRows) }

    /// The users table's position text, such as `101-124 of 1,234`.
    public var position: String { users.position(bodyRows: bodyRows) }

    /// Why the terminal is too small to draw into, and what is needed; nil when it is big enough.
    public var tooSmall: String? {
        guard width < Layout.minimumWidth || height < Layout.minimumHeight else { return nil }
        return "Terminal too small: \(width)x\(height); orgtui needs at least "
            + "\(Layout.minimumWidth)x\(Layout.minimumHeight)."
    }

    /// Whether plain characters are text for a field (so the key map sends `.typed`, not commands).
    public var acceptsText: Bool {
        switch screen {
        case .users: search.isEditing
        case .inviteForm(let form): form.focus.takesText && form.sending == nil
        case .profileEditor(let form): form.saving == nil
        case .firstRun(let form): !form.creating
        default: false
        }
    }
}
