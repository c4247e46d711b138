@testable import OrgModel
import Testing

/// The first-run form is a screen like the others: its keys go through `reduce`, and creating the store
/// is an effect whose answer comes back as an event.
@Suite struct FirstRunTests {
    static let path = "/home/ada/.local/share/orgtui/org.sqlite"
    static let store = NewStore(
        path: path, organizationName: "Acme", shortName: "acme", adminName: "Ada", adminEmail: "ada@acme.test")

    /// The form filled in with `store`'s values, Enter not pressed yet.
    static func filled() -> ReducerHarness {
        var harness = ReducerHarness(AppState(width: 100, firstRun: path))
        harness.skip([
            .typed("Acme"), .command(.nextField), .typed("acme"), .command(.nextField), .typed("Ada"),
            .command(.nextField), .typed("ada@acme.test"),
        ])
        return harness
    }

    @Test func aValidFormAsksForTheStoreAndTakesNoInputUntilTheAnswer() {
        var store = Self.filled()
        guard case .firstRun(var form) = store.state.screen else { Issue.record("no form"); return }
        #expect(store.state.availableCommands.contains(.submit) && store.state.acceptsText)
        store.press(.submit, effects: [.createStore(Self.store)]) {
            _ = form.apply(.command(.submit))
            form.creating = true
            $0.screens = [.users, .firstRun(form)]
        }
        #expect(store.state.availableCommands == [.quitNow] && !store.state.acceptsText)
        store.send(.typed("x"))
        store.receive(.storeCreated(.failure(.conflict("A file exists at \(Self.path)."))), effects: []) {
            form.creating = false
            form.error = "Conflict: A file exists at \(Self.path)."
            $0.screens = [.users, .firstRun(form)]
        }
    }

    @Test func theCreatedStoreClosesTheFormAndLoadsAsAtStartUp() {
        var store = Self.filled()
        guard case .firstRun(var form) = store.state.screen else { Issue.record("no form"); return }
        _ = form.apply(.command(.submit))
        form.creating = true
        store.press(.submit, effects: [.createStore(Self.store)]) { $0.screens = [.users, .firstRun(form)] }
        store.receive(
            .storeCreated(.success(Done())),
            effects: [.getOrganization(1), .getMe(2), .loadPage(3, UserQuery(pageNumber: 1, nameSearch: nil))]
        ) {
            $0.screens = [.users]
            $0.organizationRequest = 1
            $0.meRequest = 2
            $0.users.pageRequests = [1: 3]
        }
        store.skipPending()
    }

    @Test func escapeLeavesTheProgramWithoutAStore() {
        var store = Self.filled()
        store.press(.back, effects: [.quit])
    }
}
