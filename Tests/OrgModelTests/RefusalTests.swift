@testable import OrgModel
import Testing

/// A key on the users table or a user's details that cannot act says why on the status line, in the
/// organization's rules' own words where a rule is the reason, and changes nothing else.
@Suite struct RefusalTests {
    @Test func deletingOrResettingYourselfSaysWhyNot() {
        var store = Fixture.loaded()
        #expect(store.state.users.selected == Fixture.user(0))
        store.press(.delete) { $0.status = StatusMessage(.error, "You cannot delete yourself.") }
        store.press(.resetPassword) {
            $0.status = StatusMessage(
                .error, "You cannot send yourself a password reset: ask another admin to send you one.")
        }
        store.press(.open) {
            $0.screens.append(.userDetails(Fixture.user(0)))
            $0.status = nil
        }
        store.press(.delete) { $0.status = StatusMessage(.error, "You cannot delete yourself.") }
    }

    @Test func onlyYourselfMarkedIsRefusedToo() {
        var store = Fixture.loaded()
        store.skip([.command(.mark)])
        #expect(store.state.users.marks.keys.sorted() == ["u00000"])
        store.press(.delete) { $0.status = StatusMessage(.error, "You cannot delete yourself.") }
    }

    @Test func undoAndRedoWithNothingToTakeBackSaySo() {
        var store = Fixture.loaded()
        store.press(.undo) { $0.status = StatusMessage(.error, "Nothing to undo.") }
        store.press(.redo) { $0.status = StatusMessage(.error, "Nothing to redo.") }
    }

    @Test func aMemberWhoIsNotAnAdminIsToldWhy() {
        var store = Fixture.loaded(me: Fixture.me(roles: [.developer]))
        store.press(.down) { $0.users.cursor = 1 }
        store.press(.delete) { $0.status = StatusMessage(.error, BackendError.forbidden.message) }
    }

    @Test func readOnlyIsNamed() {
        var store = Fixture.loaded(readOnly: true)
        store.press(.down) { $0.users.cursor = 1 }
        store.press(.mark) {
            $0.status = StatusMessage(
                .error, "orgtui runs read-only (--readonly): nothing can be changed in this session.")
        }
    }

    @Test func aKeyThatMeansNothingOnAScreenStaysSilent() {
        var store = Fixture.loaded()
        store.press(.organization, effects: []) { $0.screens.append(.organization) }
        store.press(.delete)
    }
}
