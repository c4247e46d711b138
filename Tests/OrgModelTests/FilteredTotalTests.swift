@testable import OrgModel
import Testing

/// A narrowed list says how many users it shows of the organization's total ("Admins · 3 of 1,234"): the
/// total comes from a count-only page, asked only when unknown, again on `r` and on a live refresh's reload,
/// and the list never waits for it.
@Suite struct FilteredTotalTests {
    @Test func aFilteredListSaysHowManyOfTheTotalAndRAsksTheTotalAgain() {
        var store = Fixture.loaded()
        #expect(store.state.users.total == 1234)
        #expect(store.state.users.countOfTotal == nil, "the whole list says its count on the right only")
        store.send(.roleFilterChosen([.admin]), effects: [.loadPage(6, UserQuery(roles: [.admin]))]) {
            SearchTests.showSearch(nil, request: 6, in: &$0)
            $0.users.roleFilter = [.admin]
        }
        store.receive(.pageLoaded(6, pageNumber: 1, .success(Fixture.page(1, count: 3)))) {
            $0.users.count = 3
            $0.users.pages = [1: Fixture.pageItems(1, count: 3)]
            $0.users.pageRequests = [:]
            $0.users.previous = nil
        }
        #expect(store.state.users.countOfTotal == "3 of 1,234")
        store.press(
            .reload, effects: [.loadPage(7, UserQuery(roles: [.admin])), .loadPage(8, UserQuery(pageSize: 0))]
        ) {
            $0.users.pages = [:]
            $0.users.pageRequests = [1: 7]
            $0.users.totalRequest = 8
            $0.users.roles = ["u00000": [.admin]]
            $0.status = StatusMessage(.info, "Reloading…")
        }
        #expect(store.state.users.countOfTotal == "3 of 1,234", "the last total stays until the answer")
        store.receive(.pageLoaded(8, pageNumber: 1, .success(UserPage(count: 2_001, items: [])))) {
            $0.users.total = 2_001
            $0.users.totalRequest = nil
        }
        #expect(store.state.users.countOfTotal == "3 of 2,001")
        store.skipPending()
    }

    @Test func anUnknownTotalIsAskedAfterThePageAndAFailureLeavesTheLineAsItWas() {
        var store = ReducerHarness(AppState(width: 100, height: 24))
        store.send(
            .roleFilterChosen([.admin]),
            effects: [.loadPage(1, UserQuery(roles: [.admin])), .loadPage(2, UserQuery(pageSize: 0))]
        ) {
            $0.users.roleFilter = [.admin]
            $0.users.pageRequests = [1: 1]
            $0.users.totalRequest = 2
        }
        store.receive(
            .pageLoaded(1, pageNumber: 1, .success(Fixture.page(1, count: 3))),
            effects: [.loadDetails(3, userIDs: ["u00000", "u00001", "u00002"])]
        ) {
            $0.users.count = 3
            $0.users.pages = [1: Fixture.pageItems(1, count: 3)]
            $0.users.pageRequests = [:]
            $0.users.detailsRequests = ["u00000": 3, "u00001": 3, "u00002": 3]
        }
        #expect(store.state.users.countOfTotal == nil, "unknown: the line says what it said before")
        store.receive(.pageLoaded(2, pageNumber: 1, .failure(.network("connection refused")))) {
            $0.users.totalRequest = nil
        }
        #expect(store.state.status == nil, "the list does not need the total: its failure is not said")
        store.send(
            .connectionFilterChosen(.googleOAuth2),
            effects: [
                .loadPage(4, UserQuery(roles: [.admin], connection: .googleOAuth2)), .cancel(3),
                .loadPage(5, UserQuery(pageSize: 0)),
            ]
        ) {
            SearchTests.showSearch(nil, request: 4, in: &$0)
            $0.users.connectionFilter = .googleOAuth2
            $0.users.detailsRequests = [:]
            $0.users.totalRequest = 5
        }
        store.skipPending()
    }

    @Test func theLiveRefreshAsksTheTotalAgainWhenItReloadsANarrowedList() throws {
        var state = LiveRefreshTests.started()
        LiveRefreshTests.answer(reduce(&state, .roleFilterChosen([.admin])), &state, count: 40)
        #expect(state.users.countOfTotal == "40 of 1,234")
        let watch = try #require(LiveRefreshTests.watchID(state))
        let reload = reduce(&state, .changesChecked(watch, .success(8)))
        let total = try #require(state.users.totalRequest)
        #expect(reload.last == .loadPage(total, UserQuery(pageSize: 0)))
        #expect(reload.contains(.loadPage(RequestID(total.value - 2), UserQuery(roles: [.admin]))))
        #expect(reduce(&state, .pageLoaded(total, pageNumber: 1, .success(UserPage(count: 1_300, items: [])))) == [])
        #expect(state.users.countOfTotal == "40 of 1,300")
    }

    @Test func aUserRemovedFromANarrowedListIsCountedOffTheTotalToo() {
        var state = Fixture.loaded(count: 5).state
        LiveRefreshTests.answer(reduce(&state, .roleFilterChosen([.admin])), &state, count: 3)
        #expect(state.users.countOfTotal == "3 of 5")
        _ = state.users.remove(userID: "u00001", bodyRows: state.bodyRows)
        #expect(state.users.countOfTotal == "2 of 4")
    }
}
