@testable import OrgModel
import Testing

/// Each screen's state handles its own commands and typed text, and tells the app only what crosses
/// screens: close, save, send, or why not. These check that part alone, without `reduce`.
@Suite struct OutcomeTests {
    @Test func theRoleEditorChangesItselfAndAsksOnlyToSaveOrClose() {
        var editor = RoleEditor(user: Fixture.user(1), roles: [.developer])
        #expect(editor.handle(.toggleRole1) == .stay)
        #expect(editor.handle(.down) == .stay)
        #expect(editor.handle(.toggleChoice) == .stay)
        #expect((editor.add, editor.remove, editor.highlighted) == ([.admin], [.developer], .developer))
        #expect(editor.handle(.submit) == .save)
        #expect(editor.handle(.back) == .close)
        #expect(editor.preview == "+admin -developer")
    }

    @Test func theInviteFormNamesTheFirstProblemAndSendsOnlyAValidInvitation() {
        var form = InviteForm()
        form.type("bo@acme.test")
        #expect(form.handle(.previousField) == .stay)
        #expect(form.focus == .connection)
        #expect(form.handle(.toggleChoice) == .stay)
        #expect(form.handle(.submit) == .refused("Name is required."))
        #expect((form.focus, form.error) == (.name, "Name is required."))
        form.type("Bo")
        #expect(form.error == nil)
        #expect(form.handle(.toggleRole2) == .stay)
        #expect(form.handle(.submit) == .refused("Choose at least one role."))
        #expect(form.handle(.toggleRole3) == .stay)
        #expect(
            form.handle(.submit)
                == .send(
                    Invitation(
                        email: "bo@acme.test", name: "Bo", roles: [.analyst],
                        connection: .usernamePassword)))
        #expect(form.handle(.back) == .close)
    }

    @Test func theProfileFormSavesOnlyWhatChanged() {
        var form = ProfileForm(editing: Fixture.user(0))
        #expect(form.handle(.submit) == .unchanged)
        #expect(form.handle(.nextField) == .stay)
        form.type("@")
        #expect(form.handle(.submit) == .refused("Email has more than one @."))
        #expect(form.handle(.backspace) == .stay)
        #expect(form.error == nil)
        #expect(form.handle(.nextField) == .stay)
        form.type(" Jr")
        #expect(form.handle(.submit) == .save(UserUpdate(name: "User 00000 Jr")))
        #expect(form.handle(.back) == .close)
    }

    @Test func aDialogConfirmsOnlyOnYes() {
        var dialog = Confirmation.toDelete(Fixture.user(1))
        #expect(dialog.handle(.submit) == .cancel)
        #expect(dialog.handle(.nextField) == .stay)
        #expect(dialog.yesSelected)
        #expect(dialog.handle(.submit) == .confirm)
        #expect(dialog.handle(.deny) == .cancel)
        #expect(dialog.handle(.confirm) == .confirm)
    }

    @Test func theQueryLineRefusesAnInvalidQueryAndLeavesMovingToTheTable() {
        var line = SearchLine()
        line.open()
        line.type("an!")
        #expect(line.handle(.submit) == .refused("Search uses letters and spaces only; '!' is not allowed."))
        #expect(line.isEditing)
        #expect(line.handle(.backspace) == .edited)
        #expect((line.text, line.hint) == ("an", nil))
        line.type("n")
        #expect(line.handle(.down) == .ignored)
        #expect(line.handle(.submit) == .run)
        #expect(!line.isEditing)
        #expect(line.handle(.back) == .clear)
    }
}
