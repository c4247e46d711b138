@testable import OrgModel

/// An in-memory organization whose role writes compare-and-set, answering effects synchronously, with a
/// log of every role write: what the writer said it replaced and what it did replace.
struct CompareAndSetFake {
    /// One role write that went through.
    struct Write: Equatable {
        var admin: Int
        var id: RequestID
        var userID: String
        /// The set the request was based on (nil: none given).
        var claimed: Set<Role>?
        /// The set it replaced.
        var replaced: Set<Role>
        var result: Set<Role>
    }

    let count: Int
    private(set) var roles: [String: Set<Role>]
    private(set) var writes: [Write] = []
    private(set) var initial: [String: Set<Role>]

    init(count: Int) {
        self.count = count
        roles = Dictionary(uniqueKeysWithValues: (0..<count).map { (Fixture.user($0).id, Fixture.roles($0)) })
        initial = roles
    }

    /// Performs `effect` for admin `admin` now; its answers, to be delivered later.
    mutating func perform(_ effect: Effect, by admin: Int) -> [Event] {
        switch effect {
        case .getOrganization(let id): return [.organizationLoaded(id, .success(Fixture.organization))]
        case .getMe(let id): return [.meLoaded(id, .success(details(Fixture.user(0))))]
        case .loadPage(let id, let query):
            let page = Fixture.page(query.pageNumber, count: count)
            return [.pageLoaded(id, pageNumber: query.pageNumber, .success(page))]
        case .loadDetails(let id, let userIDs):
            return userIDs.map { userID in
                .detailsLoaded(
                    id, userID: userID,
                    Fixture.pageItems(1, count: count).first { $0.id == userID }.map { .success(details($0)) }
                        ?? .failure(.notFound))
            }
        case .setRoles(let id, let userID, let new, let basedOn):
            let current = roles[userID] ?? []
            if let basedOn, basedOn != current { return [.rolesSaved(id, .failure(.rolesChanged(current: current)))] }
            if losesLastAdmin(userID, new) { return [.rolesSaved(id, .failure(Self.lastAdmin))] }
            write(Write(admin: admin, id: id, userID: userID, claimed: basedOn, replaced: current, result: new))
            return [.rolesSaved(id, .success(Done()))]
        case .changeRoles(let id, let userID, let delta):
            let current = roles[userID] ?? []
            let new = delta.applied(to: current)
            if losesLastAdmin(userID, new) { return [.rolesApplied(id, .failure(Self.lastAdmin))] }
            if new != current {
                write(Write(admin: admin, id: id, userID: userID, claimed: current, replaced: current, result: new))
            }
            return [.rolesApplied(id, .success(RoleTransition(before: current, after: new)))]
        case .debounceSearch(let id, _): return [.searchDebounceElapsed(id)]
        case .invite(let id, _): return [.invited(id, .success(Done()))]
        case .delete(let id, _): return [.deleted(id, .failure(.forbidden))]
        case .resetPassword(let id, _): return [.passwordResetSent(id, .success(Done()))]
        case .updateMe(let id, _): return [.profileSaved(id, .success(Fixture.user(0)))]
        case .loadAudit(let id, let query):
            return [.auditLoaded(id, pageNumber: query.pageNumber, .failure(.unsupported(BackendError.noAuditLog)))]
        case .loadInvitations(let id, let query):
            return [
                .invitationsLoaded(id, pageNumber: query.pageNumber, .failure(.unsupported(BackendError.noInvitations)))
            ]
        case .revokeInvitation(let id, _):
            return [.invitationRevoked(id, .failure(.unsupported(BackendError.noInvitations)))]
        case .scanUsers(let id, _): return [.scanEnded(id, .success(ScanProgress(complete: true)))]
        case .wait(let id, _): return [.waited(id)]
        case .watchChanges(let id, _, _): return [.changesChecked(id, .success(nil))]
        case .cancel, .copyToClipboard, .quit, .switchProfile, .listProfiles, .createStore: return []
        }
    }

    static let lastAdmin = BackendError.conflict("the organization's last admin keeps admin")

    /// Whether giving `userID` these roles leaves the organization without an admin.
    private func losesLastAdmin(_ userID: String, _ new: Set<Role>) -> Bool {
        !new.contains(.admin) && !roles.contains { $0.key != userID && $0.value.contains(.admin) }
    }

    private func details(_ user: User) -> UserDetails { UserDetails(user: user, roles: roles[user.id] ?? []) }

    private mutating func write(_ write: Write) {
        roles[write.userID] = write.result
        writes.append(write)
    }
}
