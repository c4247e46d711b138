import Foundation
import OrgModel
@testable import OrgTUI

/// Builds view-model states the way the program does: events go through `reduce`, and the effects it
/// returns are answered at once from an in-memory organization (`answering: false` leaves them open).
struct ScreenDriver {
    var state: AppState
    /// Whether `loadDetails` effects are answered (false shows rows whose roles are still loading).
    var answersDetails = true
    /// Effects left unanswered, in order.
    private(set) var open: [Effect] = []
    /// The time every event is reduced at (`reduce(_:_:at:)`), which the recent messages show; nil: none.
    var now: Date?
    private var users: [UserDetails]

    static let organization = Organization(
        id: "0f8e2a3c-5b7d-4e61-9a2f-3c4d5e6f7a8b", name: "Acme Robotics", shortName: "acme",
        createdAt: Date(timeIntervalSince1970: 1_767_225_600), updatedAt: Date(timeIntervalSince1970: 1_775_000_000))

    /// The organization's members: me (an admin with a username and password), a few names that test
    /// widths and escapes, then generated people, `count` in all.
    static func members(count: Int) -> [UserDetails] {
        let special = [
            UserDetails(
                user: User(id: "auth0|64f0c0ffee0000000000a001", name: "Ada Admin", email: "ada@acme.test"),
                roles: [.admin]),
            UserDetails(
                user: User(id: "auth0|64f0c0ffee0000000000a002", name: "山田 太郎", email: "taro.yamada@acme.test"),
                roles: [.developer, .analyst]),
            UserDetails(
                user: User(id: "google-oauth2|108234567890123456789", name: "Zoë O'Brien 👍", email: "zoe@acme.test"),
                roles: [.analyst]),
            UserDetails(
                user: User(
                    id: "auth0|64f0c0ffee0000000000a004", name: "Eve\u{1B}[2J\u{1B}]0;pwned\u{07}Mallory",
                    email: "eve@acme.test"), roles: []),
        ]
        let first = [
            "Alice", "Bruno", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hana", "Ivan", "Jun", "Kofi", "Lena",
        ]
        let last = [
            "Baker", "Costa", "Diaz", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kowalski", "Lopez",
        ]
        let generated = (0..<max(0, count - special.count)).map { n -> UserDetails in
            let name =
                "\(first[n % first.count]) \(last[(n / first.count) % last.count])\(n >= 132 ? " \(n / 132 + 1)" : "")"
            let email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@acme.test"
            let id = "auth0|" + String(format: "%024x", 0x5eed_0000 + n)
            let roles: Set<Role> = n % 7 == 0 ? [.admin] : n % 3 == 0 ? [.developer, .analyst] : [.developer]
            return UserDetails(user: User(id: id, name: name, email: email), roles: roles)
        }
        return special + generated
    }

    /// The audit log, newest first: a few changes by me, naming the people as recorded then (one by someone
    /// since deleted, one naming a hostile name), then role changes of generated members, named by id only as
    /// a log written before names were recorded, 30 in all.
    static func auditLog(_ members: [UserDetails]) -> [AuditRecord] {
        let (me, taro, eve) = (members[0], members[1], members[3])
        let start = Date(timeIntervalSince1970: 1_775_000_000)
        let special = [
            AuditRecord(
                at: start, actor: me.id, target: taro.id, action: "set-roles", before: ["roles": "developer,analyst"],
                after: ["roles": "admin,developer,analyst"], actorName: me.name, actorEmail: me.email,
                targetName: taro.name, targetEmail: taro.email),
            AuditRecord(
                at: start - 60, actor: me.id, target: eve.id, action: "update-me",
                before: ["name": "Eve", "email": "eve@acme.test"],
                after: ["name": "Eve\u{1B}[2J\u{1B}]0;pwned\u{07}Mallory", "email": "eve@acme.test"],
                actorName: me.name, actorEmail: me.email, targetName: "Eve\u{1B}[2J", targetEmail: "eve@acme.test"),
            AuditRecord(
                at: start - 3_600, actor: "auth0|64f0c0ffee0000000000dead", target: "new@acme.test", action: "invite",
                before: nil, after: ["email": "new@acme.test", "name": "Nia New", "roles": "analyst"],
                actorName: "Dee Parted", actorEmail: "dee@acme.test", targetName: "Nia New",
                targetEmail: "new@acme.test"),
            AuditRecord(
                at: start - 7_200, actor: me.id, target: "auth0|64f0c0ffee0000000000a0ff", action: "delete",
                before: ["name": "Old Timer", "roles": "developer"], after: nil, actorName: me.name,
                actorEmail: me.email, targetName: "Old Timer"),
        ]
        let generated = members.dropFirst(4).prefix(26).enumerated().map { n, member in
            AuditRecord(
                at: start - 86_400 - Double(n) * 60, actor: me.id, target: member.id, action: "set-roles",
                before: ["roles": "developer"], after: ["roles": member.roles.label])
        }
        return special + generated
    }

    /// A started program at `width` x `height`, over `members` (the first is me) or else `members(count:)`,
    /// on saved profile `activeProfile` of `profiles` (none by default).
    init(
        width: Int, height: Int, readOnly: Bool = false, count: Int = 1_234, answersDetails: Bool = true,
        members: [UserDetails]? = nil, activeProfile: String? = nil, profiles: [ProfileEntry] = []
    ) {
        state = AppState(
            width: width, height: height, readOnly: readOnly, activeProfile: activeProfile, profiles: profiles)
        users = members ?? Self.members(count: count)
        self.answersDetails = answersDetails
        send(.started)
    }

    /// Sends `event`, then answers the effects it causes (and theirs), in order.
    mutating func send(_ event: Event) {
        var queue = [event]
        while !queue.isEmpty {
            let event = queue.removeFirst()
            let effects = now.map { reduce(&state, event, at: $0) } ?? reduce(&state, event)
            for effect in effects {
                if let answers = answer(effect) { queue += answers } else { open.append(effect) }
            }
        }
    }

    /// Sends commands in order.
    mutating func press(_ commands: Command...) {
        for command in commands { send(.command(command)) }
    }

    /// Types text, one character at a time as the terminal delivers it.
    mutating func type(_ text: String) {
        for character in text { send(.typed(String(character))) }
    }

    /// Answers the last open role save: someone else set the roles to `current` meanwhile.
    mutating func rolesChangedMeanwhile(to current: Set<Role>) {
        guard case .setRoles(let id, _, _, _)? = open.last else { return }
        open.removeLast()
        send(.rolesSaved(id, .failure(.rolesChanged(current: current))))
    }

    /// The frame for the current state.
    func render(keyMap: KeyMap = .standard) -> Frame {
        Renderer(keyMap: keyMap, backend: "store /tmp/acme.sqlite").render(state)
    }

    private var sorted: [UserDetails] {
        users.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
    }

    /// The answers to `effect`, or nil to leave it open.
    private func answer(_ effect: Effect) -> [Event]? {
        switch effect {
        case .getOrganization(let id):
            return [.organizationLoaded(id, .success(Self.organization))]
        case .getMe(let id):
            return [.meLoaded(id, .success(users[0]))]
        case .loadPage(let id, let query):
            let (search, email) = (query.nameSearch?.lowercased(), query.emailSearch?.lowercased())
            let matching = sorted.filter { member in
                (search.map { member.name.lowercased().contains($0) } ?? true)
                    && (email.map { member.user.email.lowercased().contains($0) } ?? true)
                    && (query.roles.isEmpty || !query.roles.isDisjoint(with: member.roles))
            }
            let items = matching.dropFirst(query.offset).prefix(query.effectivePageSize).map(\.user)
            return [
                .pageLoaded(
                    id, pageNumber: query.pageNumber, .success(UserPage(count: matching.count, items: Array(items))))
            ]
        case .loadDetails(let id, let userIDs):
            guard answersDetails else { return nil }
            return userIDs.map { userID in
                .detailsLoaded(
                    id, userID: userID, users.first { $0.id == userID }.map { .success($0) } ?? .failure(.notFound))
            }
        case .debounceSearch(let id, _):
            return [.searchDebounceElapsed(id)]
        case .loadAudit(let id, let query):
            let matching = Self.auditLog(users).filter { record in query.userID.map { record.target == $0 } ?? true }
            let items = matching.dropFirst(query.offset).prefix(query.effectivePageSize)
            return [
                .auditLoaded(
                    id, pageNumber: query.pageNumber, .success(AuditPage(count: matching.count, items: Array(items))))
            ]
        default:
            return nil
        }
    }
}
