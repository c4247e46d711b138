@testable import OrgModel
import Testing

@Suite struct SearchTests {
    /// What running a query does to the list: empty, count unknown, its first page requested, what it
    /// showed kept until the answer. Set the new filters after it.
    static func showSearch(_ nameSearch: String?, request: RequestID, in state: inout AppState) {
        if state.users.count != nil {
            var window = state.users.window
            window.pageRequests = [:]
            state.users.previous = UserList.Shown(
                window: window, nameSearch: state.users.nameSearch, roleFilter: state.users.roleFilter,
                connectionFilter: state.users.connectionFilter)
        }
        state.users.nameSearch = nameSearch
        state.users.count = nil
        state.users.pages = [:]
        state.users.pageRequests = [1: request]
    }

    @Test func typingChecksThePatternAndRunsAfterAPause() {
        var store = Fixture.loaded()
        store.press(.search) { $0.search.isEditing = true }
        #expect(store.state.acceptsText)
        store.send(.typed("a")) {
            $0.search.line = "a"
            $0.search.hint = "Search needs at least 2 letters (1 so far)."
        }
        store.send(.typed("nn"), effects: [.debounceSearch(6, milliseconds: 300)]) {
            $0.search.line = "ann"
            $0.search.hint = nil
            $0.search.debounce = 6
        }
        store.send(.typed("!"), effects: [.cancel(6)]) {
            $0.search.line = "ann!"
            $0.search.hint = "Search uses letters and spaces only; '!' is not allowed."
            $0.search.debounce = nil
        }
        store.press(.backspace, effects: [.debounceSearch(7, milliseconds: 300)]) {
            $0.search.line = "ann"
            $0.search.hint = nil
            $0.search.debounce = 7
        }
        store.receive(.searchDebounceElapsed(6))
        store.receive(.searchDebounceElapsed(7), effects: [.loadPage(8, UserQuery(pageNumber: 1, nameSearch: "ann"))]) {
            $0.search.debounce = nil
            Self.showSearch("ann", request: 8, in: &$0)
        }
        #expect(store.state.position == "…")
        store.skipPending()
    }

    @Test func enterRunsAtOnceCancellingTheSupersededSearchAndItsLateReplyIsDropped() {
        var store = Fixture.loaded()
        store.press(.search) { $0.search.isEditing = true }
        store.send(.typed("ann"), effects: [.debounceSearch(6, milliseconds: 300)]) {
            $0.search.line = "ann"
            $0.search.debounce = 6
        }
        store.receive(.searchDebounceElapsed(6), effects: [.loadPage(7, UserQuery(pageNumber: 1, nameSearch: "ann"))]) {
            $0.search.debounce = nil
            Self.showSearch("ann", request: 7, in: &$0)
        }
        store.send(.typed("a"), effects: [.debounceSearch(8, milliseconds: 300)]) {
            $0.search.line = "anna"
            $0.search.debounce = 8
        }
        store.press(
            .submit, effects: [.cancel(8), .cancel(7), .loadPage(9, UserQuery(pageNumber: 1, nameSearch: "anna"))]
        ) {
            $0.search.debounce = nil
            $0.search.isEditing = false
            $0.users.nameSearch = "anna"
            $0.users.pageRequests = [1: 9]
        }
        store.receive(.pageLoaded(7, pageNumber: 1, .success(Fixture.page(1, count: 1234))))
        let found = [Fixture.user(5), Fixture.user(6), Fixture.user(7)]
        store.receive(.pageLoaded(9, pageNumber: 1, .success(UserPage(count: 3, items: found)))) {
            $0.users.pageRequests = [:]
            $0.users.count = 3
            $0.users.pages = [1: found]
            $0.users.previous = nil
        }
        #expect(store.state.position == "1-3 of 3")
        #expect(store.state.visibleRows.map(\.roles) == [Fixture.roles(5), Fixture.roles(6), Fixture.roles(7)])
        store.press(.search) { $0.search.isEditing = true }
        store.press(.back, effects: [.loadPage(10, UserQuery(pageNumber: 1))]) {
            $0.search = SearchLine()
            Self.showSearch(nil, request: 10, in: &$0)
        }
        store.skipPending()
    }

    @Test func enterOnAnInvalidQuerySaysWhyAndKeepsTheText() {
        var store = Fixture.loaded()
        store.press(.search) { $0.search.isEditing = true }
        store.send(.typed("a!")) {
            $0.search.line = "a!"
            $0.search.hint = "Search uses letters and spaces only; '!' is not allowed."
        }
        store.press(.submit) {
            $0.status = StatusMessage(.error, "Search uses letters and spaces only; '!' is not allowed.")
        }
        store.press(.delete)
        store.send(.typed("' OR x")) {
            $0.search.line = "a!' OR x"
            $0.search.hint = "Search uses letters and spaces only; '!' is not allowed."
        }
    }

    @Test func aSearchPast100LettersSaysWhyAndIsNotSent() {
        var store = Fixture.loaded()
        let hundred = String(repeating: "a", count: 100)
        store.press(.search) { $0.search.isEditing = true }
        store.send(.typed(hundred), effects: [.debounceSearch(6, milliseconds: 300)]) {
            $0.search.line = LineEditor(hundred)
            $0.search.debounce = 6
        }
        store.send(.typed("a"), effects: [.cancel(6)]) {
            $0.search.line = LineEditor(hundred + "a")
            $0.search.hint = "Search is longer than 100 characters."
            $0.search.debounce = nil
        }
        store.press(.submit) {
            $0.status = StatusMessage(.error, "Search is longer than 100 characters.")
        }
    }

    @Test func escOnTheTableClearsAnAppliedSearch() {
        var store = Fixture.loaded()
        store.press(.search) { $0.search.isEditing = true }
        store.send(.typed("user"), effects: [.debounceSearch(6, milliseconds: 300)]) {
            $0.search.line = "user"
            $0.search.debounce = 6
        }
        store.press(.submit, effects: [.cancel(6), .loadPage(7, UserQuery(pageNumber: 1, nameSearch: "user"))]) {
            $0.search.debounce = nil
            $0.search.isEditing = false
            Self.showSearch("user", request: 7, in: &$0)
        }
        #expect(!store.state.acceptsText)
        store.press(.back, effects: [.cancel(7), .loadPage(8, UserQuery(pageNumber: 1))]) {
            $0.search = SearchLine()
            $0.users.nameSearch = nil
            $0.users.pageRequests = [1: 8]
        }
        store.skipPending()
    }

    @Test func typingWhereNoFieldHasTheKeyboardDoesNothing() {
        var store = Fixture.loaded()
        store.send(.typed("x"))
        store.press(.open) { $0.screens.append(.userDetails(Fixture.user(0))) }
        store.send(.typed("x"))
    }
}
