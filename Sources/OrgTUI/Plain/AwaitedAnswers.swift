import OrgModel

/// The answers the line mode waits for before it reads the next command: every backend request it sent and
/// every profile job the opener does, until each is answered or cancelled. Timers (the live refresh's waits,
/// a search's pause) are not waited for.
struct AwaitedAnswers: Hashable, Sendable {
    /// How many answers each request still waits for (one per user for `loadDetails`).
    private var requests: [RequestID: Int] = [:]
    /// The opener's jobs in flight (profiles read or opened, a store created).
    private var jobs = 0

    /// Whether nothing is on its way.
    var isEmpty: Bool { requests.isEmpty && jobs == 0 }

    /// Notes what these effects wait for, and forgets what they cancel.
    mutating func sent(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .getOrganization(let id), .getMe(let id), .loadPage(let id, _), .setRoles(let id, _, _, _),
                .changeRoles(let id, _, _), .invite(let id, _), .delete(let id, _), .resetPassword(let id, _),
                .updateMe(let id, _), .loadAudit(let id, _):
                requests[id] = 1
            case .loadDetails(let id, let userIDs):
                requests[id] = userIDs.count
            case .cancel(let id):
                requests[id] = nil
            case .listProfiles, .switchProfile, .createStore:
                jobs += 1
            default:
                break
            }
        }
    }

    /// Notes that `event` answered what it answers.
    mutating func answered(_ event: Event) {
        switch event {
        case .organizationLoaded(let id, _), .meLoaded(let id, _), .pageLoaded(let id, _, _),
            .detailsLoaded(let id, _, _), .rolesSaved(let id, _), .rolesApplied(let id, _), .invited(let id, _),
            .deleted(let id, _), .passwordResetSent(let id, _), .profileSaved(let id, _), .auditLoaded(let id, _, _):
            guard let left = requests[id] else { return }
            requests[id] = left > 1 ? left - 1 : nil
        case .profilesListed, .profileSwitched, .profileSwitchFailed, .storeCreated:
            jobs = max(0, jobs - 1)
        default:
            break
        }
    }
}
