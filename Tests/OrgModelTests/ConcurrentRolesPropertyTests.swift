@testable import OrgModel
import Testing

/// Two admins' AppStates editing the same few users' roles at once (edits, saves, bulk changes, undos,
/// conflict answers), their effects performed against a compare-and-set fake and the answers delivered
/// in a random order. Property: no change acknowledged without a conflict is lost.
@Suite struct ConcurrentRolesPropertyTests {
    static let runs = 400
    static let stepsPerRun = 150

    @Test func acknowledgedRoleChangesFormAChainAndNoneIsLost() {
        var writes = 0, conflicts = 0
        for run in 0..<Self.runs {
            let seed = 0xC0FF_EE00 &+ UInt64(run)
            var session = TwoAdmins(seed: seed)
            if let problem = session.play(steps: Self.stepsPerRun) {
                let replay = "TwoAdmins(seed: \(seed)).play(steps: \(Self.stepsPerRun))"
                Issue.record("seed \(seed) (replay: \(replay)): \(problem)")
                return
            }
            writes += session.fake.writes.count
            conflicts += session.conflictsSeen
        }
        #expect(writes > 3 * Self.runs, "the sessions wrote only \(writes) times")
        #expect(conflicts > Self.runs, "the sessions met only \(conflicts) conflicts")
    }
}

/// One random session of two admins on one fake organization.
struct TwoAdmins {
    struct Admin {
        var state = AppState(width: 100, height: 24)
        /// Effects the runner has not performed yet.
        var requested: [Effect] = []
        /// Answers performed but not delivered yet.
        var answers: [Event] = []
    }

    var rng: SplitMix64
    var fake = CompareAndSetFake(count: 3)
    var admins = [Admin(), Admin()]
    /// The request ids of apply-on-top answers and the change each applies on top of the set now.
    var applyOnTop: [Int: [RequestID: RoleDelta]] = [:]
    var conflictsSeen = 0
    /// The admins whose last role save was refused (the last admin keeps admin), whatever they answer.
    var refused: Set<Int> = []

    static let commands: [Command] = [
        .down, .down, .up, .first, .editRoles, .editRoles, .toggleRole1, .toggleRole2, .toggleRole3, .toggleChoice,
        .submit, .submit, .confirm, .undo, .undo, .back, .mark, .applyOnTop, .overwrite, .deny, .nextField,
        .reload,
    ]

    static let toggles: [Command] = [.toggleRole1, .toggleRole2, .toggleRole3]

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
    }

    /// Plays `steps` random steps, then lets every request finish and answers every conflict "apply on top";
    /// the first broken property, or nil.
    mutating func play(steps: Int) -> String? {
        for admin in admins.indices { request(admin, reduce(&admins[admin].state, .started)) }
        for _ in 0..<steps {
            let admin = Int.random(in: 0..<2, using: &rng)
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<2: press(Self.commands.randomElement(using: &rng)!, admin)
            case 2..<4:
                for command in [.editRoles, Self.toggles.randomElement(using: &rng)!, .submit] { press(command, admin) }
            case 4..<7: performOne(admin)
            default: if let problem = deliverOne(admin) { return problem }
            }
        }
        if let problem = settle() { return problem }
        for admin in admins.indices {
            for _ in 0..<3 {
                guard case .roleConflict = admins[admin].state.screen else { break }
                refused.remove(admin)
                press(.applyOnTop, admin)
                if let problem = settle() { return problem }
            }
            if case .roleConflict(let conflict) = admins[admin].state.screen, !refused.contains(admin) {
                return "admin \(admin): apply on top of \(conflict.now.label) never went through alone"
            }
        }
        return checkChain()
    }

    /// Performs and delivers everything outstanding, without new commands.
    private mutating func settle() -> String? {
        while admins.contains(where: { !$0.requested.isEmpty || !$0.answers.isEmpty }) {
            for admin in admins.indices {
                while !admins[admin].requested.isEmpty { performOne(admin) }
                while !admins[admin].answers.isEmpty {
                    if let problem = deliverOne(admin) { return problem }
                }
            }
        }
        return nil
    }

    private mutating func press(_ command: Command, _ admin: Int) {
        let screen = admins[admin].state.screen
        let effects = reduce(&admins[admin].state, .command(command))
        if case .roleConflict(let conflict) = screen,
            command == .applyOnTop || (command == .submit && conflict.highlighted == .applyOnTop),
            case .setRoles(let id, _, _, _)? = effects.first
        {
            applyOnTop[admin, default: [:]][id] = RoleDelta(from: conflict.opened, to: conflict.yours)
        }
        request(admin, effects)
    }

    private mutating func request(_ admin: Int, _ effects: [Effect]) {
        for effect in effects.filter(\.isBackendWork) {
            if case .cancel(let id) = effect {
                admins[admin].requested.removeAll { $0.newRequestID == id }
                admins[admin].answers.removeAll { $0.requestID == id }
            } else {
                admins[admin].requested.append(effect)
            }
        }
    }

    private mutating func performOne(_ admin: Int) {
        guard !admins[admin].requested.isEmpty else { return }
        let effect = admins[admin].requested.remove(
            at: Int.random(in: 0..<admins[admin].requested.count, using: &rng))
        admins[admin].answers += fake.perform(effect, by: admin)
    }

    /// Delivers one answer and checks what the admin now believes about an acknowledged write.
    private mutating func deliverOne(_ admin: Int) -> String? {
        guard !admins[admin].answers.isEmpty else { return nil }
        let event = admins[admin].answers.remove(at: Int.random(in: 0..<admins[admin].answers.count, using: &rng))
        request(admin, reduce(&admins[admin].state, event))
        let state = admins[admin].state
        switch event {
        case .rolesSaved(_, .failure(CompareAndSetFake.lastAdmin)):
            refused.insert(admin)
        case .rolesSaved(_, .failure(.rolesChanged)):
            conflictsSeen += 1
            // The dialog, or (over a form or another dialog) a status line that says nothing was saved.
            let saidSo = state.status?.text.hasPrefix("Not saved: someone else changed the roles") == true
            guard case .roleConflict = state.screen else {
                return saidSo ? nil : "admin \(admin): a conflict showed no dialog and said nothing"
            }
        case .rolesSaved(let id, .success), .rolesApplied(let id, .success):
            guard let write = fake.writes.first(where: { $0.admin == admin && $0.id == id }) else { return nil }
            let change = RoleChange(user: write.user, before: write.replaced, after: write.result)
            // What the history keeps of the write: a change to undo, one under way, or an undo's to redo.
            let history = state.history
            let kept =
                history.undoable.flatMap(\.changes) + (history.running?.made ?? [])
                + history.redoable.flatMap(\.changes).map(\.reversed)
            if !kept.contains(change) {
                let undo = kept.map { "\($0.before.label) -> \($0.after.label)" }
                return "admin \(admin): acknowledged \(write) but would undo \(undo)"
            }
        default:
            break
        }
        return nil
    }

    /// Every write replaced exactly the set it was based on, each apply on top kept the set it went on,
    /// and each user's roles are the last write's result.
    private func checkChain() -> String? {
        var expected = fake.initial
        for write in fake.writes {
            guard write.claimed == expected[write.userID] else {
                return "\(write) was based on \(write.claimed?.label ?? "nothing"), "
                    + "not the set it replaced, \(expected[write.userID]!.label): a change is lost"
            }
            if let delta = applyOnTop[write.admin]?[write.id], write.result != delta.applied(to: write.replaced) {
                return "apply on top \(delta) of \(write.replaced.label) saved \(write.result.label)"
            }
            expected[write.userID] = write.result
        }
        return expected == fake.roles ? nil : "the roles end as \(fake.roles), not \(expected)"
    }
}

extension CompareAndSetFake.Write: CustomStringConvertible {
    var user: User { Fixture.pageItems(1, count: 3).first { $0.id == userID }! }

    var description: String {
        "admin \(admin)'s request \(id) on \(userID) (based on \(claimed?.label ?? "nothing"), "
            + "replacing \(replaced.label), saving \(result.label))"
    }
}

extension Event {
    /// The request this answers, if it answers one.
    var requestID: RequestID? {
        switch self {
        case .organizationLoaded(let id, _), .meLoaded(let id, _), .pageLoaded(let id, _, _),
            .detailsLoaded(let id, _, _), .rolesSaved(let id, _), .rolesApplied(let id, _), .invited(let id, _),
            .deleted(let id, _), .passwordResetSent(let id, _), .profileSaved(let id, _),
            .searchDebounceElapsed(let id), .auditLoaded(let id, _, _),
            .waited(let id), .changesChecked(let id, _), .invitationsLoaded(let id, _, _),
            .invitationRevoked(let id, _), .usersScanned(let id, _, _), .scanEnded(let id, _):
            id
        case .started, .command, .typed, .notice, .clicked, .resized, .roleFilterChosen, .connectionFilterChosen,
            .profileSwitched,
            .profileSwitchFailed, .profilesListed,
            .storeCreated:
            nil
        }
    }
}
