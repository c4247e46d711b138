@testable import OrgModel
import Testing

extension ReducerHarness {
    /// The effects that wait for an answer. When the last copy of a harness goes, a test that left some
    /// unanswered fails, as TCA's TestStore does.
    final class Ledger {
        /// What an answer answers: a request (or timer) by its id, or one of the terminal's profile jobs.
        enum Pending: Hashable, CustomStringConvertible {
            case request(RequestID)
            case profileSwitch(String)
            case profileList
            /// Rows a scan found: it answers the scan without ending it.
            case scanReport(RequestID)
            case storeCreation

            /// What `event` answers, or nil when it is not an answer.
            init?(answeredBy event: Event) {
                switch event {
                case .searchDebounceElapsed(let id), .waited(let id), .organizationLoaded(let id, _),
                    .meLoaded(let id, _), .pageLoaded(let id, _, _), .detailsLoaded(let id, _, _),
                    .rolesSaved(let id, _), .rolesApplied(let id, _), .invited(let id, _), .deleted(let id, _),
                    .passwordResetSent(let id, _), .profileSaved(let id, _), .auditLoaded(let id, _, _),
                    .changesChecked(let id, _), .invitationsLoaded(let id, _, _), .invitationRevoked(let id, _):
                    self = .request(id)
                case .profileSwitched(let name, _), .profileSwitchFailed(let name, _): self = .profileSwitch(name)
                case .usersScanned(let id, _, _): self = .scanReport(id)
                case .scanEnded(let id, _): self = .request(id)
                case .profilesListed: self = .profileList
                case .storeCreated: self = .storeCreation
                case .started, .command, .typed, .notice, .clicked, .resized, .roleFilterChosen,
                    .connectionFilterChosen:
                    return nil
                }
            }

            var description: String {
                switch self {
                case .request(let id): "request \(id)"
                case .profileSwitch(let name): "the switch to \(name)"
                case .profileList: "the profile list"
                case .scanReport(let id): "the scan \(id)"
                case .storeCreation: "the store's creation"
                }
            }
        }

        /// How many answers each pending effect still waits for (one per user for `loadDetails`).
        private var pending: [Pending: Int] = [:]
        /// Ids whose answers may still come without failing: cancelled ones (the runner drops their
        /// answers, and a test may show they are ignored) and those handed out before the harness began or
        /// before a switch of profile (whose backend is gone with its requests).
        private var retired: Set<RequestID> = []
        private var issuedBefore: RequestID

        init(issuedBefore: RequestID) {
            self.issuedBefore = issuedBefore
        }

        deinit {
            if !pending.isEmpty { Issue.record("Effects left unanswered: \(pendingDescription)") }
        }

        var pendingDescription: String {
            pending.isEmpty ? "none" : pending.keys.map(\.description).sorted().joined(separator: ", ")
        }

        /// Notes the effects `reduce` asked for.
        func expect(_ effects: [Effect]) {
            for effect in effects {
                switch effect {
                case .getOrganization(let id), .getMe(let id), .loadPage(let id, _), .setRoles(let id, _, _, _),
                    .changeRoles(let id, _, _), .invite(let id, _), .delete(let id, _), .resetPassword(let id, _),
                    .updateMe(let id, _), .loadAudit(let id, _), .debounceSearch(let id, _),
                    .watchChanges(let id, _, _), .wait(let id, _), .loadInvitations(let id, _),
                    .revokeInvitation(let id, _), .scanUsers(let id, _):
                    pending[.request(id), default: 0] += 1
                case .loadDetails(let id, let userIDs):
                    pending[.request(id), default: 0] += userIDs.count
                case .cancel(let id):
                    pending[.request(id)] = nil
                    retired.insert(id)
                case .switchProfile(let name): pending[.profileSwitch(name), default: 0] += 1
                case .listProfiles: pending[.profileList, default: 0] += 1
                case .createStore: pending[.storeCreation, default: 0] += 1
                case .copyToClipboard, .quit: break
                }
            }
        }

        /// Whether `answer` answers a pending effect.
        func isPending(_ answer: Pending) -> Bool {
            if case .scanReport(let id) = answer { return pending[.request(id)] != nil }
            return pending[answer] != nil
        }

        /// Takes `answer` off the pending effects; false when it answers none.
        func answer(_ answer: Pending) -> Bool {
            if case .scanReport(let id) = answer {
                return pending[.request(id)] != nil || retired.contains(id) || id < issuedBefore
            }
            if let count = pending[answer] {
                pending[answer] = count > 1 ? count - 1 : nil
                return true
            }
            if case .request(let id) = answer { return retired.contains(id) || id < issuedBefore }
            return false
        }

        /// Retires every request handed out before `next`: a profile switch dropped them all.
        func retireAll(before next: RequestID) {
            pending = pending.filter { if case .request = $0.key { false } else { true } }
            issuedBefore = max(issuedBefore, next)
        }

        func clear() {
            pending = [:]
        }
    }
}
