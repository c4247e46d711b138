@testable import OrgModel
import Testing

/// A server that refuses the filters (`.unsupported`: an HTTP server whose document does not declare them) is
/// scanned instead (`ListScanTests`); any other failure of a filtered page empties the list and says so.
@Suite struct RefusedFilterTests {
    static let why =
        "This server's API does not offer the filters by role, email or sign-in method, so orgtui sends nothing."

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
