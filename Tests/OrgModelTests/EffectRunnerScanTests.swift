@testable import OrgModel
import Testing

/// `Effect.scanUsers` over a backend that cannot filter: the rows found as they come, the end, and the
/// session's role cache, which a second scan reads instead of `getUser` and our own role change keeps current.
@Suite struct EffectRunnerScanTests {
    /// Performs `effect` and waits for the scan `id` to end; returns the users found, in order, and the end.
    static func scan(
        _ runner: EffectRunner<FilterBlindBackend>, _ inbox: EventRecorder, _ id: RequestID, _ query: UserQuery
    ) async -> (found: [User], end: Result<ScanProgress, BackendError>?) {
        runner.perform([.scanUsers(id, query)])
        var found: [User] = []
        var end: Result<ScanProgress, BackendError>?
        _ = await poll {
            for event in inbox.drain() {
                switch event {
                case .usersScanned(id, let users, _): found += users
                case .scanEnded(id, let result): end = result
                default: break
                }
            }
            return end != nil
        }
        return (found, end)
    }

    @Test func aSecondRoleScanReadsTheCacheAndOurRoleChangeUpdatesIt() async {
        let backend = FilterBlindBackend.organization(300)
        let inbox = EventRecorder()
        let runner = EffectRunner(backend: backend, send: inbox.append)
        let admins = UserQuery(roles: [.admin])
        let first = await Self.scan(runner, inbox, 1, admins)
        #expect(first.found.count == 30)
        #expect(first.end == .success(ScanProgress(scanned: 300, total: 300, found: 30, complete: true)))
        #expect(await backend.userReads.count == 300)

        let second = await Self.scan(runner, inbox, 2, admins)
        #expect(second.found == first.found)
        #expect(await backend.userReads.count == 300)

        runner.perform([.setRoles(3, userID: "auth0|1", roles: [.admin], basedOn: [.analyst])])
        #expect(await poll { inbox.drain().contains(.rolesSaved(3, .success(Done()))) })
        let third = await Self.scan(runner, inbox, 4, admins)
        #expect(third.found.count == 31)
        #expect(third.found.contains { $0.id == "auth0|1" })
        #expect(await backend.userReads.count == 300)
    }

    @Test func aCancelledScanSendsNothingMore() async {
        let backend = FilterBlindBackend.organization(300)
        let inbox = EventRecorder()
        let runner = EffectRunner(backend: backend, send: inbox.append)
        runner.perform([.scanUsers(1, UserQuery(emailSearch: "gmail")), .cancel(1)])
        #expect(await poll { runner.pendingCount == 0 })
        #expect(!inbox.all.contains { if case .scanEnded = $0 { true } else { false } })
    }
}
