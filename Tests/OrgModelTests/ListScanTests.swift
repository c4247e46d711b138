@testable import OrgModel
import Testing

/// A backend that cannot filter (the platform answers a filtered page `.unsupported`) is scanned instead
/// (`Effect.scanUsers`): rows appear as they are found with a partial count, Esc stops the scan and keeps
/// them, and the end shows the normal count.
@Suite struct ListScanTests {
    static let why = RefusedFilterTests.why
    static let admins = UserQuery(roles: [.admin])

    /// The list filtered to admins, its first page refused, so a scan (request 7) runs.
    static func scanning() -> ReducerHarness {
        var store = Fixture.loaded()
        store.skip([.roleFilterChosen([.admin])])
        store.receive(.pageLoaded(6, pageNumber: 1, .failure(.unsupported(why))), effects: [.scanUsers(7, admins)]) {
            $0.users.pageRequests = [:]
            $0.users.previous = nil
            $0.users.count = 0
            $0.users.scan = ListScan(id: 7)
        }
        return store
    }

    @Test func aRefusedFilteredPageStartsAScanWhoseRowsAppearWithAPartialCount() {
        var store = Self.scanning()
        #expect(store.state.position == "0 found · scanned 0 of 0")
        #expect(store.state.users.emptySentence == "None found yet: the scan goes on. Esc stops it.")
        let found = [Fixture.user(503), Fixture.user(909)]
        let progress = ScanProgress(scanned: 100, total: 1234, found: 2)
        store.receive(.usersScanned(7, found, progress), effects: [.loadDetails(8, userIDs: ["u00503", "u00909"])]) {
            $0.users.count = 2
            $0.users.pages = [1: found]
            $0.users.scan?.progress = progress
            $0.users.detailsRequests = ["u00503": 8, "u00909": 8]
        }
        #expect(store.state.position == "2 found · scanned 100 of 1,234")
        #expect(store.state.users.isLoading)
        store.receive(.usersScanned(7, [], ScanProgress(scanned: 200, total: 1234, found: 2))) {
            $0.users.scan?.progress.scanned = 200
        }
        let end = ScanProgress(scanned: 1234, total: 1234, found: 2, complete: true)
        store.receive(.scanEnded(7, .success(end))) {
            $0.users.scan?.progress = end
            $0.users.scan?.running = false
            $0.status = StatusMessage(.info, "Scanned 1,234 users: 2 found.")
        }
        #expect(store.state.position == "1-2 of 2")
        store.skipPending()
    }

    @Test func escStopsTheScanAndKeepsTheRowsFound() {
        var store = Self.scanning()
        let progress = ScanProgress(scanned: 300, total: 1234, found: 1)
        store.skip([.usersScanned(7, [Fixture.user(5)], progress)])
        store.press(.back, effects: [.cancel(7)]) {
            $0.users.scan?.running = false
            $0.status = StatusMessage(
                .info,
                "Stopped the scan after 300 of 1,234 users: the 1 found are only part of the matches. Press r "
                    + "to scan again.")
        }
        #expect(store.state.position == "1 found · scanned 300 of 1,234")
        #expect(store.state.users.user(at: 0) == Fixture.user(5))
        store.receiveLate(.usersScanned(7, [Fixture.user(6)], progress))
        store.skipPending()
    }

    @Test func anotherQueryCancelsTheScan() {
        var store = Self.scanning()
        store.send(.roleFilterChosen([]), effects: [.cancel(7), .loadPage(8, UserQuery())]) {
            SearchTests.showSearch(nil, request: 8, in: &$0)
            $0.users.scan = nil
            $0.users.roleFilter = []
        }
        #expect(store.state.position == "…")
        store.skipPending()
    }

    @Test func aRefusedEmailSearchScansForTheEmail() {
        var store = Fixture.loaded()
        store.skip([.command(.search), .typed("gmail.com"), .command(.submit)])
        #expect(store.state.users.nameSearch == "gmail.com")
        store.receive(
            .pageLoaded(7, pageNumber: 1, .failure(.unsupported(Self.why))),
            effects: [.scanUsers(8, UserQuery(emailSearch: "gmail.com"))]
        ) {
            $0.users.pageRequests = [:]
            $0.users.previous = nil
            $0.users.count = 0
            $0.users.scan = ListScan(id: 8)
        }
        store.skipPending()
    }

    @Test func aScanStoppedBeforeFindingAnyoneSaysSo() {
        var store = Self.scanning()
        store.skip([.command(.back)])
        #expect(store.state.users.count == 0)
        #expect(
            store.state.users.emptySentence
                == "None found among the users scanned before it stopped. Press r to scan again.")
    }
}
