@testable import OrgModel
import Testing

/// Every text field and the search line edit as readline does: typing goes in at the cursor, and the
/// editing keys reach `reduce` only where a line has the keyboard.
@Suite struct FieldEditingTests {
    @Test func aTypoInTheInviteFormIsFixedInTheMiddleAndEnterSendsTheFixedText() {
        var store = Fixture.loaded()
        var form = InviteForm()
        store.press(.invite) { $0.screens.append(.inviteForm(form)) }
        store.send(.typed("bo@acme.tst")) {
            form.email = "bo@acme.tst"
            $0.screens[1] = .inviteForm(form)
        }
        store.press(.cursorLeft) {
            form.email = LineEditor("bo@acme.tst", cursor: 10)
            $0.screens[1] = .inviteForm(form)
        }
        store.press(.cursorLeft) {
            form.email = LineEditor("bo@acme.tst", cursor: 9)
            $0.screens[1] = .inviteForm(form)
        }
        store.send(.typed("e")) {
            form.email = LineEditor("bo@acme.test", cursor: 10)
            $0.screens[1] = .inviteForm(form)
        }
        store.press(.nextField) {
            form.focus = .name
            $0.screens[1] = .inviteForm(form)
        }
        store.send(.typed("Bo Smith")) {
            form.name = "Bo Smith"
            $0.screens[1] = .inviteForm(form)
        }
        store.press(.killWordBack) {
            form.name = "Bo "
            $0.screens[1] = .inviteForm(form)
        }
        store.press(.lineStart) {
            form.name = LineEditor("Bo ", cursor: 0)
            $0.screens[1] = .inviteForm(form)
        }
        store.press(.killToEnd) {
            form.name = ""
            $0.screens[1] = .inviteForm(form)
        }
        store.send(.typed("Bo")) {
            form.name = "Bo"
            $0.screens[1] = .inviteForm(form)
        }
        let invitation = Invitation(email: "bo@acme.test", name: "Bo", roles: [.developer], connection: .googleOAuth2)
        store.press(.submit, effects: [.invite(6, invitation)]) {
            form.sending = 6
            $0.screens[1] = .inviteForm(form)
            $0.pendingChanges = [6: .invite(invitation)]
            $0.status = StatusMessage(.info, "Sending the invitation to bo@acme.test…")
        }
        store.skipPending()
    }

    @Test func theEditingKeysMeanNothingOnTheRolesOrTheConnection() {
        var store = Fixture.loaded()
        store.press(.invite) { $0.screens.append(.inviteForm(InviteForm())) }
        #expect(LineEditor.commands.isSubset(of: store.state.availableCommands))
        store.press(.nextField) { $0.screens[1] = .inviteForm(InviteForm(focus: .name)) }
        store.press(.nextField) { $0.screens[1] = .inviteForm(InviteForm(focus: .roles)) }
        #expect(LineEditor.commands.isDisjoint(with: store.state.availableCommands))
        store.press(.cursorLeft)
        store.press(.killToStart)
    }

    @Test func theProfileEditorOpensWithTheCursorAtTheEndAndEditsInTheMiddle() {
        var store = Fixture.loaded()
        store.press(.profile) { $0.screens.append(.profile) }
        store.press(.edit) { $0.screens.append(.profileEditor(ProfileForm(editing: Fixture.user(0)))) }
        guard case .profileEditor(var form) = store.state.screen else { Issue.record("no editor"); return }
        #expect(form.name == LineEditor(Fixture.user(0).name))
        store.press(.lineStart) {
            form.name = LineEditor(Fixture.user(0).name, cursor: 0)
            $0.screens[2] = .profileEditor(form)
        }
        store.send(.typed("Dr ")) {
            form.name = LineEditor("Dr " + Fixture.user(0).name, cursor: 3)
            $0.screens[2] = .profileEditor(form)
        }
        store.press(.deleteForward) {
            form.name = LineEditor("Dr " + Fixture.user(0).name.dropFirst(), cursor: 3)
            $0.screens[2] = .profileEditor(form)
        }
    }

    @Test func movingInTheSearchLineRunsNothingAndTypingThereRestartsThePause() {
        var store = Fixture.loaded()
        store.press(.search) { $0.search.isEditing = true }
        store.send(.typed("ana"), effects: [.debounceSearch(6, milliseconds: 300)]) {
            $0.search.line = "ana"
            $0.search.debounce = 6
        }
        store.press(.cursorLeft) { $0.search.line = LineEditor("ana", cursor: 2) }
        store.press(.lineStart) { $0.search.line = LineEditor("ana", cursor: 0) }
        store.press(.lineEnd) { $0.search.line = "ana" }
        store.press(.cursorLeft) { $0.search.line = LineEditor("ana", cursor: 2) }
        store.send(.typed("n"), effects: [.cancel(6), .debounceSearch(7, milliseconds: 300)]) {
            $0.search.line = LineEditor("anna", cursor: 3)
            $0.search.debounce = 7
        }
        store.press(.killToStart, effects: [.cancel(7)]) {
            $0.search.line = LineEditor("a", cursor: 0)
            $0.search.hint = "Search needs at least 2 letters (1 so far)."
            $0.search.debounce = nil
        }
        store.receive(.searchDebounceElapsed(6))
        store.receive(.searchDebounceElapsed(7))
    }
}

extension InviteForm {
    /// An empty form with the focus on `focus`.
    init(focus: Field) {
        self.init()
        self.focus = focus
    }
}
