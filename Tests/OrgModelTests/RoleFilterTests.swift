@testable import OrgModel
import Testing

/// The role filter (the line mode's `filter`): the list shows only users holding any of the roles, from its
/// first row, and the live refresh reloads with the same filter.
@Suite struct RoleFilterTests {
    @Test func choosingRolesShowsTheirUsersFromTheFirstRowAndEmptyShowsEveryone() {
        var store = Fixture.loaded()
        let first = RequestID(store.state.nextRequestID)
        store.send(
            .roleFilterChosen([.admin, .analyst]), effects: [.loadPage(first, UserQuery(roles: [.admin, .analyst]))]
        ) {
            SearchTests.showSearch(nil, request: first, in: &$0)
            $0.users.roleFilter = [.admin, .analyst]
            $0.nextRequestID += 1
        }
        store.send(.roleFilterChosen([.admin, .analyst]))
        store.receive(.pageLoaded(first, pageNumber: 1, .success(Fixture.page(1, count: 3)))) {
            $0.users.count = 3
            $0.users.pages = [1: Fixture.pageItems(1, count: 3)]
            $0.users.pageRequests = [:]
            $0.users.previous = nil
        }
        store.skipPending()
    }

    @Test func theLiveRefreshReloadsWithTheFilter() {
        var state = AppState(refreshSeconds: 5)
        state.users.roleFilter = [.developer]
        state.users.count = 3
        state.users.pages = [1: Fixture.pageItems(1, count: 3)]
        var next = 100
        var refresh = state.refresh
        refresh.hasCounter = false
        refresh.phase = .waiting(7)
        let effects = refresh.waited(7, shown: state.onScreen, nextRequestID: &next)
        #expect(effects.contains(.loadPage(100, UserQuery(roles: [.developer]))))
        let stillShown = refresh.pageAnswered(100, showing: nil, roles: [], connection: nil)
        #expect(!stillShown, "a page for the filter answers no list without it")
    }
}
