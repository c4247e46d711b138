@testable import OrgModel
import Testing

/// `/` searches emails when the term reads as part of an address (it holds `@ . _ - +` or a digit), names
/// otherwise; the connection filter rides with the role filter; Esc on the table clears them all.
@Suite struct EmailSearchTests {
    @Test func aTermWithAnAddressCharacterSearchesEmails() {
        #expect(UserQuery(search: "gmail.com") == UserQuery(emailSearch: "gmail.com"))
        #expect(UserQuery(search: "ann.lee@") == UserQuery(emailSearch: "ann.lee@"))
        #expect(UserQuery(search: "a1") == UserQuery(emailSearch: "a1"))
        #expect(UserQuery(search: "Ann Lee") == UserQuery(nameSearch: "Ann Lee"))
        #expect(UserQuery(search: nil, roles: [.admin]) == UserQuery(roles: [.admin]))
    }

    @Test func typingAnEmailFragmentRunsAnEmailSearchAfterAPause() {
        var store = Fixture.loaded()
        store.press(.search) { $0.search.isEditing = true }
        store.send(.typed("gmail.com"), effects: [.debounceSearch(6, milliseconds: 300)]) {
            $0.search.line = "gmail.com"
            $0.search.debounce = 6
        }
        store.receive(.searchDebounceElapsed(6), effects: [.loadPage(7, UserQuery(emailSearch: "gmail.com"))]) {
            $0.search.debounce = nil
            SearchTests.showSearch("gmail.com", request: 7, in: &$0)
        }
        #expect(store.state.users.shownDescription == "Email contains \"gmail.com\"")
        store.receive(.pageLoaded(7, pageNumber: 1, .success(UserPage(count: 0, items: [])))) {
            $0.users.count = 0
            $0.users.pages = [1: []]
            $0.users.pageRequests = [:]
            $0.users.previous = nil
        }
        #expect(store.state.users.emptySentence == "No user's email contains \"gmail.com\". Esc shows everyone.")
        store.skipPending()
    }

    @Test func anEmailFragmentPast254CharactersSaysWhyAndIsNotSent() {
        var store = Fixture.loaded()
        let long = String(repeating: "a", count: 250) + ".com1"
        let why = "The email search is longer than 254 characters, the longest an address can be."
        store.press(.search) { $0.search.isEditing = true }
        store.send(.typed(long)) {
            $0.search.line = LineEditor(long)
            $0.search.hint = why
        }
        store.press(.submit) { $0.status = StatusMessage(.error, why) }
    }

    @Test func theConnectionFilterCombinesWithTheRolesAndEscClearsThemAll() {
        var store = Fixture.loaded()
        store.send(.roleFilterChosen([.admin]), effects: [.loadPage(6, UserQuery(roles: [.admin]))]) {
            SearchTests.showSearch(nil, request: 6, in: &$0)
            $0.users.roleFilter = [.admin]
        }
        store.send(
            .connectionFilterChosen(.googleOAuth2),
            effects: [.cancel(6), .loadPage(7, UserQuery(roles: [.admin], connection: .googleOAuth2))]
        ) {
            $0.users.connectionFilter = .googleOAuth2
            $0.users.pageRequests = [1: 7]
        }
        #expect(store.state.users.shownDescription == "Admins, Google")
        store.receive(.pageLoaded(7, pageNumber: 1, .success(UserPage(count: 0, items: [])))) {
            $0.users.count = 0
            $0.users.pages = [1: []]
            $0.users.pageRequests = [:]
            $0.users.previous = nil
        }
        #expect(store.state.users.emptySentence == "No admins who sign in with Google match. Esc shows everyone.")
        #expect(store.state.availableCommands.contains(.back))
        store.press(.back, effects: [.loadPage(8, UserQuery())]) {
            SearchTests.showSearch(nil, request: 8, in: &$0)
            $0.users.roleFilter = []
            $0.users.connectionFilter = nil
        }
        #expect(store.state.users.shownDescription == "All users")
        store.skipPending()
    }
}
