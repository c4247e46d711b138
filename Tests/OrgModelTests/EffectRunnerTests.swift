@testable import OrgModel
import Testing

@Suite struct EffectRunnerTests {
    /// Runs the loop the terminal runs: events from the runner into `reduce`, its effects to the runner.
    static func drive<B: Backend>(
        _ state: inout AppState, _ runner: EffectRunner<B>, _ inbox: EventRecorder,
        until condition: (AppState) async -> Bool
    ) async -> Bool {
        await poll {
            for event in inbox.drain() { runner.perform(reduce(&state, event).filter(\.isBackendWork)) }
            return await condition(state)
        }
    }

    @Test func aScreenOfRowsGetsItsRolesWithNeverMoreThanEightInFlight() async {
        let backend = GatedBackend(FixtureBackend(count: 1234), holdDetails: true)
        let inbox = EventRecorder()
        let runner = EffectRunner(backend: backend, send: inbox.append)
        var state = AppState(width: 100, height: 40)
        runner.perform(reduce(&state, .started))
        #expect(await Self.drive(&state, runner, inbox) { _ in await backend.held == 8 })
        await backend.openGate()
        #expect(await Self.drive(&state, runner, inbox) { $0.visibleRows.allSatisfy { $0.roles != nil } })
        #expect(await backend.maxInFlight == 8)
        let detailCalls = await backend.calls.filter { $0.hasPrefix("getUser") }
        let visible = Set(state.visibleRows.compactMap { $0.user.map { "getUser \($0.id)" } })
        #expect(Set(detailCalls).isSubset(of: visible))
        #expect(detailCalls.count >= state.bodyRows - 1, "every row but mine (from getMe) may need its roles")
        #expect(Set(detailCalls).count == detailCalls.count)
        #expect(await poll { runner.pendingCount == 0 })
    }

    @Test func aSupersededSearchIsCancelledAndSendsNothing() async {
        let backend = GatedBackend(FixtureBackend(count: 50), holdSearches: true)
        let inbox = EventRecorder()
        let runner = EffectRunner(backend: backend, send: inbox.append)
        runner.perform([.loadPage(1, UserQuery(nameSearch: "ann"))])
        #expect(await poll { await backend.held == 1 })
        runner.perform([.cancel(1), .loadPage(2, UserQuery(nameSearch: "anna"))])
        #expect(await poll { await backend.cancelled == ["listUsers 1 ann"] })
        await backend.openGate()
        #expect(await poll { inbox.all.count == 1 })
        #expect(await poll { runner.pendingCount == 0 })
        #expect(inbox.all == [.pageLoaded(2, pageNumber: 1, .success(Fixture.page(1, count: 50)))])
    }

    @Test func theSearchFlowThroughReduceCancelsTheSupersededRequest() async {
        let backend = GatedBackend(FixtureBackend(count: 300), holdSearches: true)
        let inbox = EventRecorder()
        let runner = EffectRunner(backend: backend, send: inbox.append)
        var state = AppState()
        runner.perform(reduce(&state, .started))
        #expect(await Self.drive(&state, runner, inbox) { $0.users.count == 300 })
        for event: Event in [.command(.search), .typed("ann"), .command(.submit)] {
            runner.perform(reduce(&state, event))
        }
        #expect(await poll { await backend.held == 1 })
        for event: Event in [.command(.search), .typed("a"), .command(.submit)] {
            runner.perform(reduce(&state, event))
        }
        #expect(await poll { await backend.cancelled == ["listUsers 1 ann"] })
        await backend.openGate()
        #expect(await Self.drive(&state, runner, inbox) { $0.users.count == 300 && $0.users.nameSearch == "anna" })
        #expect(!inbox.all.contains { if case .pageLoaded(_, _, .failure) = $0 { true } else { false } })
    }

    @Test func aDebounceSleepsThenSendsAndACancelledOneSendsNothing() async {
        let inbox = EventRecorder()
        let runner = EffectRunner(backend: GatedBackend(FixtureBackend(count: 0)), send: inbox.append)
        runner.perform([.debounceSearch(5, milliseconds: 60_000), .debounceSearch(6, milliseconds: 5), .cancel(5)])
        #expect(await poll { runner.pendingCount == 0 })
        #expect(inbox.all == [.searchDebounceElapsed(6)])
    }

    @Test func aWaitSendsWaitedAndAWatchOfABackendThatCannotTellSendsNil() async {
        let inbox = EventRecorder()
        let runner = EffectRunner(backend: GatedBackend(FixtureBackend(count: 0)), send: inbox.append)
        runner.perform([
            .wait(5, milliseconds: 60_000), .wait(6, milliseconds: 5),
            .watchChanges(7, since: nil, everyMilliseconds: 60_000), .cancel(5),
        ])
        #expect(await poll { runner.pendingCount == 0 })
        #expect(Set(inbox.all) == [.waited(6), .changesChecked(7, .success(nil))])
    }

    @Test func everyBackendEffectSendsItsAnswer() async {
        let backend = GatedBackend(FixtureBackend(count: 10))
        let inbox = EventRecorder()
        let runner = EffectRunner(backend: backend, send: inbox.append)
        let invitation = Invitation(email: "bo@acme.test", name: "Bo", roles: [.analyst])
        runner.perform([
            .getOrganization(1), .getMe(2), .setRoles(3, userID: "u00001", roles: [.admin], basedOn: nil),
            .invite(4, invitation), .delete(5, userID: "u00002"), .resetPassword(6, userID: "u00003"),
            .updateMe(7, UserUpdate(name: "Ada")), .loadDetails(8, userIDs: ["u00004", "u00099"]),
            .copyToClipboard("x"), .quit,
        ])
        #expect(await poll { inbox.all.count == 9 })
        let expected: Set<Event> = [
            .organizationLoaded(1, .success(Fixture.organization)), .meLoaded(2, .success(Fixture.me())),
            .rolesSaved(3, .success(Done())), .invited(4, .success(Done())), .deleted(5, .success(Done())),
            .passwordResetSent(6, .failure(.conflict("google-oauth2 users reset their password at Google"))),
            .profileSaved(7, .success(User(id: "u00000", name: "Ada", email: "user00000@acme.test"))),
            .detailsLoaded(8, userID: "u00004", .success(Fixture.details(4))),
            .detailsLoaded(8, userID: "u00099", .failure(.notFound)),
        ]
        #expect(Set(inbox.all) == expected)
        #expect(await backend.calls.count == 9)
    }

    @Test func cancelAllStopsEverythingInFlight() async {
        let backend = GatedBackend(FixtureBackend(count: 500), holdDetails: true)
        let inbox = EventRecorder()
        let runner = EffectRunner(backend: backend, maxInFlight: 2, send: inbox.append)
        runner.perform([.loadDetails(1, userIDs: ["u00001", "u00002", "u00003"])])
        #expect(await poll { await backend.held == 2 })
        runner.cancelAll()
        #expect(await poll { await backend.cancelled.count == 2 })
        await backend.openGate()
        #expect(await poll { await backend.inFlight == 0 })
        #expect(inbox.all.isEmpty)
        #expect(await backend.maxInFlight == 2)
    }
}
