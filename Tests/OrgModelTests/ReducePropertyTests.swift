@testable import OrgModel
import Testing

/// Random event sequences (keys, typed text, resizes, replies in any order, failures, stale replies)
/// into `reduce`, checking the invariants after every event.
@Suite struct ReducePropertyTests {
    static let sequences = 1_000
    static let eventsPerSequence = 100

    @Test func randomEventSequencesKeepTheInvariants() {
        var rng = SplitMix64(seed: 0x0DDB_A11C)
        var total = 0
        for sequence in 0..<Self.sequences {
            var run = RandomRun(rng: &rng)
            for _ in 0..<Self.eventsPerSequence {
                let event = run.nextEvent(&rng)
                let before = run.state
                let effects = reduce(&run.state, event)
                total += 1
                if let problem = run.check(event, effects, before: before) {
                    Issue.record("Sequence \(sequence), event \(total): \(event): \(problem)")
                    return
                }
                run.outstanding += effects.filter(\.isBackendWork)
            }
        }
        #expect(total >= 100_000)
    }
}

/// One random session: the state, the requests not answered yet, and the backend's made-up data.
struct RandomRun {
    var state: AppState
    var outstanding: [Effect] = []
    let count: Int
    let roles: Set<Role>
    var highestID = 0

    static let roleSets: [Set<Role>] = [[.admin], [.admin], [.admin, .analyst], [.developer], [.analyst], []]
    /// The commands that lead somewhere, drawn more often than the rest.
    static let frequent: [Command] = [
        .down, .down, .pageDown, .up, .last, .open, .editRoles, .toggleRole1, .toggleRole3,
        .mark, .toggleChoice, .submit, .submit, .confirm, .nextField, .delete,
        .resetPassword, .invite, .undo, .back, .edit, .search, .backspace,
    ]
    static let errors: [BackendError] = [
        .unauthorized, .forbidden, .notFound, .invalid("bad"), .conflict("no"),
        .rateLimited(retryAfter: 2), .unavailable("down"), .network("reset"),
        .decoding("garbage"), .rolesChanged(current: [.analyst]),
    ]
    static let texts = ["a", "n", "Ann", " ", "1", "@", ".", "bo@acme.test", "x\u{7}", "é", "ZZ"]

    init(rng: inout SplitMix64) {
        state = AppState(
            width: Int.random(in: 10...200, using: &rng), height: Int.random(in: 3...80, using: &rng),
            readOnly: Int.random(in: 0..<5, using: &rng) == 0, refreshSeconds: [0, 1, 30].randomElement(using: &rng)!)
        count = [0, 1, 7, 150, 1234, 25_000].randomElement(using: &rng)!
        roles = Self.roleSets.randomElement(using: &rng)!
    }

    mutating func nextEvent(_ rng: inout SplitMix64) -> Event {
        if highestID == 0 { return .started }
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<15: return .command(Command.allCases.randomElement(using: &rng)!)
        case 15..<45: return .command(Self.frequent.randomElement(using: &rng)!)
        case 45..<55: return .typed(Self.texts.randomElement(using: &rng)!)
        case 55..<58:
            return .resized(width: Int.random(in: 0...220, using: &rng), height: Int.random(in: 0...90, using: &rng))
        case 58..<62: return staleReply(&rng)
        default:
            guard !outstanding.isEmpty else { return .command(.down) }
            let effect = outstanding.remove(at: Int.random(in: 0..<outstanding.count, using: &rng))
            let failure = Int.random(in: 0..<6, using: &rng) == 0 ? Self.errors.randomElement(using: &rng) : nil
            return reply(to: effect, failure: failure, &rng) ?? .command(.up)
        }
    }

    private func staleReply(_ rng: inout SplitMix64) -> Event {
        let id = RequestID(Int.random(in: 1...max(1, highestID), using: &rng))
        return [
            .rolesSaved(id, .success(Done())), .pageLoaded(id, pageNumber: 1, .success(UserPage(count: 3, items: []))),
            .detailsLoaded(id, userID: "u00001", .failure(.notFound)), .searchDebounceElapsed(id),
            .profileSaved(id, .success(Fixture.user(0))), .waited(id), .changesChecked(id, .success(9)),
        ].randomElement(using: &rng)!
    }

    private func reply(to effect: Effect, failure: BackendError?, _ rng: inout SplitMix64) -> Event? {
        func result<T>(_ value: T) -> Result<T, BackendError> { failure.map { .failure($0) } ?? .success(value) }
        switch effect {
        case .getOrganization(let id): return .organizationLoaded(id, result(Fixture.organization))
        case .getMe(let id): return .meLoaded(id, result(UserDetails(user: Fixture.user(0), roles: roles)))
        case .loadPage(let id, let query):
            return .pageLoaded(id, pageNumber: query.pageNumber, result(Fixture.page(query.pageNumber, count: count)))
        case .loadDetails(let id, let ids):
            guard let userID = ids.randomElement(using: &rng) else { return nil }
            let number = Int(userID.dropFirst()) ?? 1
            let details = number == 0 ? UserDetails(user: Fixture.user(0), roles: roles) : Fixture.details(number)
            return .detailsLoaded(id, userID: userID, result(details))
        case .setRoles(let id, _, _, _): return .rolesSaved(id, result(Done()))
        case .changeRoles(let id, _, let delta):
            return .rolesApplied(
                id, result(RoleTransition(before: [.developer], after: delta.applied(to: [.developer]))))
        case .invite(let id, _): return .invited(id, result(Done()))
        case .delete(let id, _): return .deleted(id, result(Done()))
        case .resetPassword(let id, _): return .passwordResetSent(id, result(Done()))
        case .updateMe(let id, let update):
            let me = Fixture.user(0)
            return .profileSaved(
                id, result(User(id: me.id, name: update.name ?? me.name, email: update.email ?? me.email)))
        case .debounceSearch(let id, _): return .searchDebounceElapsed(id)
        case .loadAudit(let id, let query):
            return .auditLoaded(id, pageNumber: query.pageNumber, result(AuditPage(count: count, items: [])))
        case .loadInvitations(let id, let query):
            return .invitationsLoaded(id, pageNumber: query.pageNumber, result(InvitationPage(count: 0, items: [])))
        case .revokeInvitation(let id, _): return .invitationRevoked(id, result(Done()))
        case .scanUsers(let id, _): return .scanEnded(id, result(ScanProgress(complete: true)))
        case .wait(let id, _): return .waited(id)
        case .watchChanges(let id, _, _): return .changesChecked(id, result([nil, 1, 2].randomElement(using: &rng)!))
        case .cancel, .copyToClipboard, .quit, .switchProfile, .listProfiles, .createStore: return nil
        }
    }

    /// The first broken invariant, or nil.
    mutating func check(_ event: Event, _ effects: [Effect], before: AppState) -> String? {
        let users = state.users
        if let count = users.count, count > 0 {
            if !(0..<count).contains(users.cursor) { return "cursor \(users.cursor) outside 0..<\(count)" }
            if users.cursor < users.top || users.cursor >= users.top + state.bodyRows { return "cursor not visible" }
        } else if users.cursor != 0 || users.top != 0 {
            return "cursor \(users.cursor) in an empty or unknown list"
        }
        if state.screens.first != .users { return "the users table left the bottom of the stack" }
        if users.pages.count > UserList.maxCachedPages { return "\(users.pages.count) pages cached" }
        for effect in effects {
            if let permission = effect.requiredPermission, permission.isChange {
                if before.readOnly { return "read-only mode let \(effect) through" }
                if !(before.me.map { permission.isAllowed(for: $0.roles) } ?? false) {
                    return "\(effect) is forbidden for \(before.me?.roles.label ?? "nobody signed in")"
                }
            }
            if let id = effect.newRequestID {
                if id.value <= highestID { return "request id \(id) reused" }
                highestID = id.value
            }
        }
        return nil
    }
}

extension Effect {
    /// The id of the new request this effect starts, if it starts one.
    var newRequestID: RequestID? {
        switch self {
        case .getOrganization(let id), .getMe(let id), .loadPage(let id, _), .loadDetails(let id, _),
            .setRoles(let id, _, _, _), .changeRoles(let id, _, _), .invite(let id, _), .delete(let id, _),
            .resetPassword(let id, _), .updateMe(let id, _), .debounceSearch(let id, _), .loadAudit(let id, _),
            .watchChanges(let id, _, _), .wait(let id, _), .loadInvitations(let id, _), .revokeInvitation(let id, _),
            .scanUsers(let id, _):
            id
        case .cancel, .copyToClipboard, .quit, .switchProfile, .listProfiles, .createStore:
            nil
        }
    }
}
