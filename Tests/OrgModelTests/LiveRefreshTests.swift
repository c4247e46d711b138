@testable import OrgModel
import Testing

/// The live refresh: an idle timer, then the change counter (or, without one, a reload every `refresh`
/// seconds); a reload of only what is on screen; changed rows marked for a while; a screen about one user
/// that keeps what it shows.
@Suite struct LiveRefreshTests {
    /// The ids of the 19 visible rows of `Fixture`'s list at height 24.
    static let visibleIDs = (0..<19).map { Fixture.user($0).id }

    /// A started state with refresh on, every start-up answer in (the fixture's 1,234 users, their roles)
    /// and the first change counter answered with `counter` (nil: a backend that cannot tell). Returns the
    /// state, waiting for idleness.
    static func started(seconds: Int = 30, counter: Int? = 7) -> AppState {
        var state = AppState(width: 100, height: 24, refreshSeconds: seconds)
        var effects = reduce(&state, .started)
        #expect(effects.contains(.watchChanges(4, since: nil, everyMilliseconds: 1_000)))
        effects += reduce(&state, .organizationLoaded(1, .success(Fixture.organization)))
        effects += reduce(&state, .meLoaded(2, .success(Fixture.me())))
        answer(effects, &state)
        let waiting = reduce(&state, .changesChecked(4, .success(counter)))
        #expect(waiting.count == 1)
        return state
    }

    /// Answers every page and details request in `effects` (and in what the answers ask) from `Fixture`,
    /// with `roles` and `users` overriding the fixture's for some users; returns the effects left over.
    @discardableResult
    static func answer(
        _ effects: [Effect], _ state: inout AppState, count: Int = 1234, roles: [String: Set<Role>] = [:],
        users: [String: User] = [:]
    ) -> [Effect] {
        var rest: [Effect] = []
        for effect in effects {
            switch effect {
            case .loadPage(let id, let query):
                var page = Fixture.page(query.pageNumber, count: count)
                page.items = page.items.map { users[$0.id] ?? $0 }
                rest += answer(
                    reduce(&state, .pageLoaded(id, pageNumber: query.pageNumber, .success(page))), &state,
                    count: count, roles: roles, users: users)
            case .loadDetails(let id, let userIDs):
                for userID in userIDs {
                    let n = Int(userID.dropFirst())!
                    let details = UserDetails(
                        user: users[userID] ?? Fixture.user(n), roles: roles[userID] ?? Fixture.roles(n))
                    rest += answer(
                        reduce(&state, .detailsLoaded(id, userID: userID, .success(details))), &state,
                        count: count, roles: roles, users: users)
                }
            default:
                rest.append(effect)
            }
        }
        return rest
    }

    /// The id of the idle wait the refresh is in.
    static func waitID(_ state: AppState) -> RequestID? {
        guard case .waiting(let id) = state.refresh.phase else { return nil }
        return id
    }

    /// The id of the watch of the change counter the refresh is in.
    static func watchID(_ state: AppState) -> RequestID? {
        guard case .checking(let id) = state.refresh.phase else { return nil }
        return id
    }

    /// The watch after the counter `since` was seen, as request `id`.
    static func watch(_ id: RequestID, since: Int) -> Effect {
        .watchChanges(id, since: since, everyMilliseconds: 1_000)
    }

    @Test func aLocalStoreIsWatchedEachIdleSecondAndReloadedOnlyWhenTheCounterMoved() throws {
        var state = Self.started()
        let first = try #require(Self.watchID(state))
        let second = RequestID(first.value + 1)
        #expect(reduce(&state, .changesChecked(first, .success(7))) == [Self.watch(second, since: 7)])
        let page = RequestID(second.value + 1)
        let details = RequestID(page.value + 1)
        #expect(
            reduce(&state, .changesChecked(second, .success(8)))
                == [.loadPage(page, UserQuery(pageNumber: 1)), .loadDetails(details, userIDs: Self.visibleIDs)])
        // The list stays as it is while the refresh is under way: nothing flashes "loading…".
        #expect(state.visibleRows.allSatisfy { $0.user != nil && $0.roles != nil })
        let left = Self.answer(
            [.loadPage(page, UserQuery(pageNumber: 1)), .loadDetails(details, userIDs: Self.visibleIDs)], &state)
        let next = try #require(Self.watchID(state))
        #expect(left == [Self.watch(next, since: 8)])
        #expect(state.changedUserIDs.isEmpty)
        // A failed watch waits a second, then watches again.
        let after = RequestID(next.value + 1)
        #expect(
            reduce(&state, .changesChecked(next, .failure(.network("down")))) == [.wait(after, milliseconds: 1_000)])
        #expect(reduce(&state, .waited(after)) == [Self.watch(RequestID(after.value + 1), since: 8)])
    }

    @Test func withoutACounterTheVisibleRowsReloadEveryRefreshSeconds() throws {
        var state = Self.started(seconds: 2, counter: nil)
        let wait = try #require(Self.waitID(state))
        #expect(state.refresh.hasCounter == false)
        let effects = reduce(&state, .waited(wait))
        let page = RequestID(wait.value + 1)
        #expect(
            effects == [
                .loadPage(page, UserQuery(pageNumber: 1)),
                .loadDetails(RequestID(page.value + 1), userIDs: Self.visibleIDs),
            ])
        let left = Self.answer(effects, &state)
        #expect(left == [.wait(try #require(Self.waitID(state)), milliseconds: 2_000)])
    }

    @Test func refreshZeroSendsNoTimerAndNoCheck() {
        var state = AppState(width: 100, height: 24, refreshSeconds: 0)
        #expect(reduce(&state, .started) == [.getOrganization(1), .getMe(2), .loadPage(3, UserQuery(pageNumber: 1))])
        #expect(reduce(&state, .command(.help)) == [])
        #expect(state.refresh.phase == .off)
    }

    @Test func aKeyStartsTheIdleWaitAgain() throws {
        var state = Self.started()
        let watch = try #require(Self.watchID(state))
        let next = RequestID(state.nextRequestID)
        #expect(reduce(&state, .command(.down)) == [.cancel(watch), Self.watch(next, since: 7)])
        #expect(reduce(&state, .typed("a")) == [.cancel(next), Self.watch(RequestID(next.value + 1), since: 7)])
        // The answer of the watch that a key replaced does nothing.
        #expect(reduce(&state, .changesChecked(watch, .success(8))) == [])
        // Without a counter, a key starts the wait of `refresh` seconds again.
        var timed = Self.started(seconds: 30, counter: nil)
        let wait = try #require(Self.waitID(timed))
        let again = RequestID(timed.nextRequestID)
        #expect(reduce(&timed, .command(.search)) == [.cancel(wait), .wait(again, milliseconds: 30_000)])
        #expect(reduce(&timed, .waited(wait)) == [])
    }

    @Test func changedRowsAreMarkedUntilTheirTimeIsUp() throws {
        var state = Self.started()
        let watch = try #require(Self.watchID(state))
        let reload = reduce(&state, .changesChecked(watch, .success(8)))
        var renamed = Fixture.user(2)
        renamed.name = "User 00002 Renamed"
        let left = Self.answer(reload, &state, roles: ["u00001": [.admin]], users: ["u00002": renamed])
        let next = try #require(Self.watchID(state))
        let mark = RequestID(next.value - 1)
        #expect(left == [.wait(mark, milliseconds: 3_000), Self.watch(next, since: 8)])
        #expect(state.changedUserIDs == ["u00001", "u00002"])
        #expect(state.visibleRows[1].roles == [.admin])
        #expect(state.visibleRows[2].user == renamed)
        // A key does not unmark; the mark's timer does.
        _ = reduce(&state, .command(.down))
        #expect(state.changedUserIDs == ["u00001", "u00002"])
        #expect(reduce(&state, .waited(mark)) == [])
        #expect(state.changedUserIDs.isEmpty)
    }

    @Test func aScreenAboutOneUserKeepsWhatItShowsAndSaysTheUserChanged() throws {
        var state = Self.started()
        _ = reduce(&state, .command(.down))
        _ = reduce(&state, .command(.open))
        #expect(state.screen == .userDetails(Fixture.user(1)))
        let watch = try #require(Self.watchID(state))
        let reload = reduce(&state, .changesChecked(watch, .success(8)))
        var renamed = Fixture.user(1)
        renamed.email = "new@acme.test"
        Self.answer(reload, &state, roles: ["u00001": [.admin]], users: ["u00001": renamed])
        #expect(state.screen == .userDetails(Fixture.user(1)))
        #expect(state.users.roles["u00001"] == [.developer])
        #expect(state.screenChangedElsewhere)
        // r on the screen shows the change and forgets the notice.
        _ = reduce(&state, .command(.reload))
        #expect(!state.screenChangedElsewhere)
    }

    @Test func savingTheChangedUsersRolesForgetsTheNoticeAndShowsTheUserAsTheyAreNow() throws {
        var state = Self.started()
        _ = reduce(&state, .command(.down))
        _ = reduce(&state, .command(.open))
        let watch = try #require(Self.watchID(state))
        var renamed = Fixture.user(1)
        renamed.email = "new@acme.test"
        Self.answer(reduce(&state, .changesChecked(watch, .success(8))), &state, users: ["u00001": renamed])
        #expect(state.screenChangedElsewhere)
        _ = reduce(&state, .command(.editRoles))
        _ = reduce(&state, .command(.toggleRole3))
        let save = reduce(&state, .command(.submit))
        guard case .setRoles(let id, userID: "u00001", roles: _, basedOn: _)? = save.first else {
            Issue.record("expected a role change, got \(save)")
            return
        }
        let request = RequestID(state.nextRequestID)
        #expect(reduce(&state, .rolesSaved(id, .success(Done()))) == [.loadDetails(request, userIDs: ["u00001"])])
        #expect(!state.screenChangedElsewhere)
        Self.answer([.loadDetails(request, userIDs: ["u00001"])], &state, users: ["u00001": renamed])
        #expect(state.screen == .userDetails(renamed))
    }

    @Test func closingTheScreenOfAChangedUserAsksForThatUserAgain() throws {
        var state = Self.started()
        _ = reduce(&state, .command(.down))
        _ = reduce(&state, .command(.open))
        let watch = try #require(Self.watchID(state))
        let reload = reduce(&state, .changesChecked(watch, .success(8)))
        Self.answer(reload, &state, roles: ["u00001": [.admin]])
        #expect(state.refresh.changedElsewhere == ["u00001"])
        let next = try #require(Self.watchID(state))
        let request = RequestID(state.nextRequestID)
        #expect(
            reduce(&state, .command(.back))
                == [
                    .loadDetails(request, userIDs: ["u00001"]), .cancel(next),
                    Self.watch(RequestID(request.value + 1), since: 8),
                ])
        #expect(state.refresh.changedElsewhere.isEmpty)
        #expect(state.users.roles["u00001"] == nil)
        _ = reduce(
            &state,
            .detailsLoaded(request, userID: "u00001", .success(UserDetails(user: Fixture.user(1), roles: [.admin]))))
        #expect(state.visibleRows[1].roles == [.admin])
    }

    @Test func aRefreshKeepsTheCursorMarksAndTypedSearchAndNeverRunsTwice() throws {
        var state = Self.started()
        _ = reduce(&state, .command(.mark))
        _ = reduce(&state, .command(.down))
        _ = reduce(&state, .command(.down))
        _ = reduce(&state, .command(.search))
        _ = reduce(&state, .typed("abc"))
        let watch = try #require(Self.watchID(state))
        let reload = reduce(&state, .changesChecked(watch, .success(8)))
        // While it is under way, keys and stale timers start nothing else.
        #expect(reduce(&state, .typed("d")).allSatisfy { if case .watchChanges = $0 { false } else { true } })
        #expect(reduce(&state, .changesChecked(watch, .success(9))) == [])
        // Someone deleted a user above the cursor: the count drops, the cursor keeps its row number.
        var rest: [Effect] = []
        for effect in reload {
            rest += Self.answer([effect], &state, count: 1233)
        }
        #expect(state.users.cursor == 3)
        #expect(state.users.count == 1233)
        #expect(state.users.marks.keys.sorted() == ["u00000"])
        #expect(state.search.text == "abcd")
        #expect(Self.watchID(state) != nil)
    }
}
