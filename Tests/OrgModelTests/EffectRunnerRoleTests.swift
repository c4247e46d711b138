@testable import OrgModel
import Testing

/// `Effect.changeRoles`: a bulk change's delta applied to a fresh read, retried when the roles change
/// in between.
@Suite struct EffectRunnerRoleTests {
    static let delta = RoleDelta(add: [.admin])

    func run(meddles: Int, roles: Set<Role> = [.developer]) async -> (Event?, ContestedBackend) {
        let backend = ContestedBackend(roles: ["u1": roles], meddles: meddles)
        let inbox = EventRecorder()
        let runner = EffectRunner(backend: backend, send: inbox.append)
        runner.perform([.changeRoles(4, userID: "u1", delta: Self.delta)])
        _ = await poll { !inbox.all.isEmpty && runner.pendingCount == 0 }
        return (inbox.all.first, backend)
    }

    @Test func theDeltaAppliesToWhatWasRead() async {
        let (event, backend) = await run(meddles: 0)
        #expect(event == .rolesApplied(4, .success(RoleTransition(before: [.developer], after: [.admin, .developer]))))
        #expect(await backend.roles["u1"] == [.admin, .developer])
    }

    @Test func aChangeInBetweenIsReadAgainAndKept() async {
        let (event, backend) = await run(meddles: 1)
        let after: Set<Role> = [.admin, .developer, .analyst]
        #expect(event == .rolesApplied(4, .success(RoleTransition(before: [.developer, .analyst], after: after))))
        #expect(await backend.roles["u1"] == after)
        #expect(await backend.calls == ["getUser u1", "setRoles u1", "getUser u1", "setRoles u1"])
    }

    @Test func aUserWhoKeepsChangingIsAFailureWithTheLastSetRead() async {
        let (event, backend) = await run(meddles: 5)
        #expect(event == .rolesApplied(4, .failure(.rolesChanged(current: [.developer, .analyst]))))
        #expect(await backend.calls.count == 2 * EffectRunner<ContestedBackend>.roleAttempts)
        #expect(await backend.roles["u1"] == [.developer, .analyst])
    }

    @Test func aDeltaWithNothingToDoWritesNothing() async {
        let (event, backend) = await run(meddles: 0, roles: [.admin])
        #expect(event == .rolesApplied(4, .success(RoleTransition(before: [.admin], after: [.admin]))))
        #expect(await backend.calls == ["getUser u1"])
    }

    @Test func aVanishedUserIsNotFound() async {
        let backend = ContestedBackend(roles: [:], meddles: 0)
        let inbox = EventRecorder()
        let runner = EffectRunner(backend: backend, send: inbox.append)
        runner.perform([.changeRoles(4, userID: "u1", delta: Self.delta)])
        #expect(await poll { inbox.all == [.rolesApplied(4, .failure(.notFound))] })
    }
}
