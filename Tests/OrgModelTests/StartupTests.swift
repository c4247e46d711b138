@testable import OrgModel
import Testing

@Suite struct StartupTests {
    @Test func startLoadsOrganizationMeAndFirstPageAtOnce() {
        var store = ReducerHarness()
        store.send(.started, effects: [.getOrganization(1), .getMe(2), .loadPage(3, UserQuery(pageNumber: 1))]) {
            $0.organizationRequest = 1
            $0.meRequest = 2
            $0.users.pageRequests = [1: 3]
        }
        store.receive(.organizationLoaded(1, .success(Fixture.organization))) {
            $0.organizationRequest = nil
            $0.organization = Fixture.organization
        }
        store.receive(.meLoaded(2, .success(Fixture.me()))) {
            $0.meRequest = nil
            $0.me = Fixture.me()
            $0.users.roles = ["u00000": [.admin]]
        }
        let visibleIDs = (1..<19).map { Fixture.user($0).id }
        store.receive(
            .pageLoaded(3, pageNumber: 1, .success(Fixture.page(1, count: 1234))),
            effects: [.loadPage(4, UserQuery(pageNumber: 2)), .loadDetails(5, userIDs: visibleIDs)]
        ) {
            $0.users.pageRequests = [2: 4]
            $0.users.count = 1234
            $0.users.total = 1234
            $0.users.pages = [1: Fixture.pageItems(1, count: 1234)]
            $0.users.detailsRequests = Dictionary(uniqueKeysWithValues: visibleIDs.map { ($0, 5) })
        }
        #expect(store.state.position == "1-19 of 1,234")
        #expect(
            store.state.visibleRows[1]
                == UserRow(
                    index: 1, user: Fixture.user(1), roles: nil,
                    isMarked: false, isSelected: false))
        store.receive(.detailsLoaded(5, userID: "u00001", .success(Fixture.details(1)))) {
            $0.users.detailsRequests["u00001"] = nil
            $0.users.roles["u00001"] = [.developer]
        }
        #expect(store.state.visibleRows[1].roles == [.developer])
        #expect(store.state.visibleRows[0].isSelected)
        store.skipPending()
    }

    @Test func answersAreAwaitedUntilOrganizationMeAndEveryPageArrive() {
        var store = ReducerHarness()
        #expect(!store.state.awaitsAnswers)
        store.skip([.started])
        #expect(store.state.awaitsAnswers)
        store.skip([.organizationLoaded(1, .success(Fixture.organization)), .meLoaded(2, .success(Fixture.me()))])
        #expect(store.state.awaitsAnswers)
        store.skip([.pageLoaded(3, pageNumber: 1, .success(Fixture.page(1, count: 150)))])
        #expect(!store.state.awaitsAnswers, "neither the roles nor the prefetched second page")
        store.skip([.command(.last)])
        #expect(store.state.awaitsAnswers, "the last rows, on page 2")
        store.skipPending()
    }

    @Test func beforeMeIsLoadedNothingThatChangesAnythingIsOffered() {
        var store = ReducerHarness()
        store.skip([.started, .pageLoaded(3, pageNumber: 1, .success(Fixture.page(1, count: 5)))])
        let changes: Set<Command> = [.delete, .resetPassword, .editRoles, .invite, .mark, .undo, .redo]
        #expect(store.state.availableCommands.isDisjoint(with: changes))
        let waiting = StatusMessage(
            .error, "Your profile has not loaded yet, and nothing can be changed until it has: press r to retry.")
        store.press(.delete) { $0.status = waiting }
        store.press(.invite)
        store.press(.open) {
            $0.screens.append(.userDetails(Fixture.user(0)))
            $0.status = nil
        }
        store.press(.editRoles) { $0.status = waiting }
        store.skipPending()
    }

    @Test func meFailingSaysSoAndRetriesWithR() {
        var store = ReducerHarness()
        store.skip([.started])
        store.receive(.meLoaded(2, .failure(.network("connection refused")))) {
            $0.meRequest = nil
            $0.status = StatusMessage(
                .error,
                "Could not load your profile, so nothing can be changed yet: "
                    + "Network error: connection refused. You can retry. Press r to retry.")
        }
        store.press(.reload, effects: [.getMe(4), .cancel(3), .loadPage(5, UserQuery(pageNumber: 1))]) {
            $0.meRequest = 4
            $0.users.pageRequests = [1: 5]
            $0.status = StatusMessage(.info, "Reloading…")
        }
        store.skipPending()
    }

    @Test func unauthorizedSaysHowToFixTheToken() {
        var store = ReducerHarness()
        store.skip([.started])
        store.receive(.pageLoaded(3, pageNumber: 1, .failure(.unauthorized))) {
            $0.users.pageRequests = [:]
            $0.status = StatusMessage(.error, "Could not load users (page 1): " + BackendError.unauthorized.message)
        }
        #expect(store.state.status?.text.contains("token is missing or expired") == true)
        store.skipPending()
    }

    @Test func resizeBelowTheMinimumSaysWhatIsNeeded() {
        var store = Fixture.loaded()
        store.send(.resized(width: 50, height: 12)) {
            $0.width = 50
            $0.height = 12
        }
        #expect(store.state.tooSmall == "Terminal too small: 50x12; orgtui needs at least 60x16.")
        #expect(store.state.bodyRows == 7)
        store.send(.resized(width: 60, height: 16)) {
            $0.width = 60
            $0.height = 16
        }
        #expect(store.state.tooSmall == nil)
    }

    @Test func growingTheTerminalLoadsTheRolesOfTheNewRows() {
        var store = Fixture.loaded()
        let newIDs = (19..<35).map { Fixture.user($0).id }
        store.send(.resized(width: 100, height: 40), effects: [.loadDetails(6, userIDs: newIDs)]) {
            $0.height = 40
            for id in newIDs { $0.users.detailsRequests[id] = 6 }
        }
        #expect(store.state.position == "1-35 of 1,234")
        store.skipPending()
    }
}
