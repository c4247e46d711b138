@testable import OrgModel
import Testing

/// A server that refuses the filters (`.unsupported`: an HTTP server whose document does not declare them)
/// leaves the list as it was, its rows, position and query, and the status line says what was refused and why.
@Suite struct RefusedFilterTests {
    static let why =
        "This server's API does not offer the filters by role, email or sign-in method, so orgtui sends nothing."

    @Test func aRefusedRoleFilterKeepsTheRowsThePositionAndTheQuery() {
        var store = Fixture.loaded()
        store.skip([.command(.down), .command(.down)])
        let before = store.state.users
        store.send(.roleFilterChosen([.admin]), effects: [.loadPage(6, UserQuery(roles: [.admin]))]) {
            SearchTests.showSearch(nil, request: 6, in: &$0)
            $0.users.roleFilter = [.admin]
            $0.users.cursor = 0
        }
        store.receive(.pageLoaded(6, pageNumber: 1, .failure(.unsupported(Self.why)))) {
            $0.users = before
            $0.status = StatusMessage(.error, "Could not show admins, so the list still shows all users: \(Self.why)")
        }
        #expect(store.state.users.cursor == 2)
        #expect(store.state.position == "1-19 of 1,234")
    }

    @Test func aRefusedEmailSearchAfterANameSearchGoesBackToTheNameSearch() {
        var store = Fixture.loaded()
        store.skip([.command(.search), .typed("ann"), .command(.submit)])
        store.receive(.pageLoaded(7, pageNumber: 1, .success(UserPage(count: 1, items: [Fixture.user(1)])))) {
            $0.users.count = 1
            $0.users.pages = [1: [Fixture.user(1)]]
            $0.users.pageRequests = [:]
            $0.users.previous = nil
        }
        let shown = store.state.users
        store.skip([.command(.search), .command(.killToStart)])
        store.skip([.typed("gmail.com"), .command(.submit)])
        #expect(store.state.users.nameSearch == "gmail.com")
        store.receive(.pageLoaded(10, pageNumber: 1, .failure(.unsupported(Self.why)))) {
            $0.users = shown
            $0.status = StatusMessage(
                .error,
                "Could not show email contains \"gmail.com\", so the list still shows name contains \"ann\": \(Self.why)"
            )
        }
    }

    @Test func anotherFailureStillEmptiesTheListAndSaysRRetries() {
        var store = Fixture.loaded()
        store.send(.roleFilterChosen([.admin]), effects: [.loadPage(6, UserQuery(roles: [.admin]))]) {
            SearchTests.showSearch(nil, request: 6, in: &$0)
            $0.users.roleFilter = [.admin]
        }
        store.receive(.pageLoaded(6, pageNumber: 1, .failure(.network("timed out")))) {
            $0.users.pageRequests = [:]
            $0.users.previous = nil
            $0.status = StatusMessage(
                .error, "Could not load users (page 1): Network error: timed out. You can retry. Press r to retry.")
        }
        #expect(store.state.users.count == nil)
    }
}
