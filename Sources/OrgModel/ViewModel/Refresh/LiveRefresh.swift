/// Keeps the screens true while others change the organization. While no key is pressed it asks the
/// backend's change counter each second (a local store) and, only when it moved, reloads what is on
/// screen: the visible pages (with the count), the visible rows' roles and the user a screen shows. A
/// backend that cannot tell (the API) is reloaded every `seconds` instead. One refresh runs at a time.
///
/// Rows whose name, email or roles a refresh changed are marked for `markMilliseconds`. A screen about one
/// user never changes under the admin: when that user changed, it keeps what it shows, and the user's id
/// goes to `changedElsewhere` for the screen to say so.
public struct LiveRefresh: Hashable, Sendable {
    /// How often the change counter is asked while idle.
    static let pollMilliseconds = 1_000
    /// How long a changed row stays marked.
    static let markMilliseconds = 3_000

    /// What the refresh is doing now.
    enum Phase: Hashable, Sendable {
        /// Nothing: the refresh is off (`seconds` is 0) or has not started.
        case off
        /// Waiting for the admin to be idle this long; any key starts the wait again.
        case waiting(RequestID)
        /// Asking the change counter.
        case checking(RequestID)
        /// Reloading what is on screen.
        case reloading(Reload)
    }

    /// One refresh's requests still unanswered, and the rows as they were shown when it started.
    struct Reload: Hashable, Sendable {
        /// Page requests by request id.
        var pages: [RequestID: Int]
        /// The details request, and the users it has not answered for yet.
        var details: RequestID?
        var pendingUsers: Set<String>
        /// The visible rows' users and roles when the refresh started, by user id.
        var shown: [String: UserRow]
        /// The search, the roles and the connection the pages were asked for.
        var nameSearch: String?
        var roles: Set<Role>
        var connection: Connection?

        var isDone: Bool { pages.isEmpty && pendingUsers.isEmpty }
    }

    /// Seconds between reloads when the backend cannot tell changes; 0 turns the live refresh off.
    let seconds: Int
    /// The longest `seconds` (a day).
    public static let maxSeconds = 86_400
    var phase = Phase.off
    /// Whether the backend has a change counter; nil until the first answer.
    var hasCounter: Bool?
    /// The change counter when last asked.
    var counter: Int?
    /// Rows a refresh found changed, by user id, with the timer that unmarks them.
    public internal(set) var changed: [String: RequestID] = [:]
    /// Users shown on a screen about them whom a refresh found changed (or gone) since it opened.
    public internal(set) var changedElsewhere: Set<String> = []

    init(seconds: Int) {
        self.seconds = min(max(0, seconds), Self.maxSeconds)
    }

    /// Whether the live refresh runs at all.
    var isOn: Bool { seconds > 0 }

    /// How long the admin must be idle before the next check (or reload, without a counter).
    var idleMilliseconds: Int {
        hasCounter == false ? seconds * 1_000 : Self.pollMilliseconds
    }

    /// Whether `id` is a page or details request of the refresh under way.
    public func owns(_ id: RequestID) -> Bool {
        guard case .reloading(let reload) = phase else { return false }
        return reload.pages[id] != nil || reload.details == id
    }
}
