@testable import OrgModel
import Testing

/// The filter screen (`f`): `1` `2` `3` toggle roles, Space and the arrows choose the sign-in method, Enter
/// shows the list filtered from its first row with the search kept, Esc leaves the list as it was.
@Suite struct UserFilterTests {
    @Test func enterAppliesTheRolesAndTheSignInMethodWithTheSearchKept() {
        var store = Fixture.loaded()
        store.press(.search) { $0.search.isEditing = true }
        store.send(.typed("acme.test"), effects: [.debounceSearch(6, milliseconds: 300)]) {
            $0.search.line = "acme.test"
            $0.search.debounce = 6
        }
        store.press(.submit, effects: [.cancel(6), .loadPage(7, UserQuery(emailSearch: "acme.test"))]) {
            $0.search.debounce = nil
            $0.search.isEditing = false
            SearchTests.showSearch("acme.test", request: 7, in: &$0)
        }
        store.receive(.pageLoaded(7, pageNumber: 1, .success(UserPage(count: 0, items: [])))) {
            $0.users.count = 0
            $0.users.pages = [1: []]
            $0.users.pageRequests = [:]
            $0.users.previous = nil
        }
        store.press(.filter) { $0.screens.append(.filter(UserFilter(roles: [], connection: nil))) }
        store.press(.toggleRole1) { $0.screens[1] = .filter(UserFilter(roles: [.admin], connection: nil)) }
        store.press(.toggleRole3) { $0.screens[1] = .filter(UserFilter(roles: [.admin, .analyst], connection: nil)) }
        store.press(.toggleChoice) {
            $0.screens[1] = .filter(UserFilter(roles: [.admin, .analyst], connection: .googleOAuth2))
        }
        store.press(.up) { $0.screens[1] = .filter(UserFilter(roles: [.admin, .analyst], connection: nil)) }
        store.press(.up) {
            $0.screens[1] = .filter(UserFilter(roles: [.admin, .analyst], connection: .usernamePassword))
        }
        store.press(.down) { $0.screens[1] = .filter(UserFilter(roles: [.admin, .analyst], connection: nil)) }
        store.press(.down) {
            $0.screens[1] = .filter(UserFilter(roles: [.admin, .analyst], connection: .googleOAuth2))
        }
        let query = UserQuery(roles: [.admin, .analyst], emailSearch: "acme.test", connection: .googleOAuth2)
        store.press(.submit, effects: [.loadPage(8, query)]) {
            $0.screens = [.users]
            SearchTests.showSearch("acme.test", request: 8, in: &$0)
            $0.users.roleFilter = [.admin, .analyst]
            $0.users.connectionFilter = .googleOAuth2
        }
        #expect(store.state.users.shownDescription == "Admins or analysts, Google · email contains \"acme.test\"")
        store.skipPending()
    }

    @Test func escLeavesTheListAsItWas() {
        var store = Fixture.loaded()
        store.press(.filter) { $0.screens.append(.filter(UserFilter(roles: [], connection: nil))) }
        store.press(.toggleRole2) { $0.screens[1] = .filter(UserFilter(roles: [.developer], connection: nil)) }
        store.press(.back) { $0.screens = [.users] }
        #expect(store.state.users.roleFilter.isEmpty)
    }
}
