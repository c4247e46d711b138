@testable import OrgModel
import Testing

@Suite struct RoleTests {
    static let one = Fixture.user(1)

    /// The loaded store with the cursor on user 1 (a developer) and the role editor open.
    static func editingUserOne() -> ReducerHarness {
        var store = Fixture.loaded()
        store.skip([.command(.down), .command(.editRoles)])
        return store
    }

    @Test func theEditorTogglesRolesAndPreviewsTheChange() {
        var store = Fixture.loaded()
        store.press(.down) { $0.users.cursor = 1 }
        var editor = RoleEditor(user: Self.one, roles: [.developer])
        store.press(.editRoles) { $0.screens.append(.roleEditor(editor)) }
        store.press(.toggleRole1) {
            editor.add = [.admin]
            $0.screens[1] = .roleEditor(editor)
        }
        store.press(.toggleRole2) {
            editor.remove = [.developer]
            $0.screens[1] = .roleEditor(editor)
        }
        #expect(editor.preview == "+admin -developer")
        #expect(editor.after == [.admin])
        store.press(.down) {
            editor.highlighted = .developer
            $0.screens[1] = .roleEditor(editor)
        }
        store.press(.toggleChoice) {
            editor.remove = []
            $0.screens[1] = .roleEditor(editor)
        }
        #expect(editor.preview == "+admin")
        store.press(.back) { $0.screens = [.users] }
    }

    @Test func savingUpdatesTheRolesColumnAndUndoTakesItBack() {
        var store = Self.editingUserOne()
        store.skip([.command(.toggleRole1)])
        guard case .roleEditor(var editor) = store.state.screen else { Issue.record("no editor"); return }
        let change = RoleChange(user: Self.one, before: [.developer], after: [.admin, .developer])
        store.press(
            .submit, effects: [.setRoles(6, userID: "u00001", roles: [.admin, .developer], basedOn: [.developer])]
        ) {
            editor.saving = 6
            $0.screens[1] = .roleEditor(editor)
            $0.pendingChanges = [6: .roles(change, bulk: false)]
            $0.status = StatusMessage(.info, "Saving the roles of User 00001…")
        }
        #expect(store.state.availableCommands == [.quitNow])
        store.press(.back)
        store.receive(.rolesSaved(6, .success(Done()))) {
            $0.screens = [.users]
            $0.pendingChanges = [:]
            $0.users.roles["u00001"] = [.admin, .developer]
            $0.undoable = [change]
            $0.status = StatusMessage(.success, "Roles of User 00001: admin,developer. Press u to undo.")
        }
        store.receive(.rolesSaved(6, .success(Done())))
        store.press(
            .undo, effects: [.setRoles(7, userID: "u00001", roles: [.developer], basedOn: [.admin, .developer])]
        ) {
            $0.undoable = []
            $0.pendingChanges = [7: .roles(change.reversed, bulk: false)]
            $0.status = StatusMessage(.info, "Undoing: the roles of User 00001 go back to developer…")
        }
        store.receive(.rolesSaved(7, .success(Done()))) {
            $0.pendingChanges = [:]
            $0.users.roles["u00001"] = [.developer]
            $0.undoable = [change.reversed]
            $0.status = StatusMessage(.success, "Roles of User 00001: developer. Press u to undo.")
        }
    }

    @Test func aRefusedSaveKeepsTheEditorAndItsChoices() {
        var store = Self.editingUserOne()
        store.skip([.command(.toggleRole1), .command(.submit)])
        guard case .roleEditor(var editor) = store.state.screen else { Issue.record("no editor"); return }
        store.receive(.rolesSaved(6, .failure(.conflict("the organization's last admin keeps admin")))) {
            editor.saving = nil
            editor.error = "Conflict: the organization's last admin keeps admin"
            $0.screens[1] = .roleEditor(editor)
            $0.pendingChanges = [:]
            $0.status = StatusMessage(
                .error,
                "The roles of User 00001 were not saved: "
                    + "Conflict: the organization's last admin keeps admin")
        }
        #expect(editor.add == [.admin])
        #expect(store.state.users.roles["u00001"] == [.developer])
    }

    @Test func aSaveBasedOnRolesChangedMeanwhileSaysTheRolesNowAndKeepsTheEditor() {
        var store = Self.editingUserOne()
        store.skip([.command(.toggleRole1), .command(.submit)])
        guard case .roleEditor(var editor) = store.state.screen else { Issue.record("no editor"); return }
        let message = BackendError.rolesChanged(current: [.developer, .analyst]).message
        #expect(message.contains("developer,analyst"))
        store.receive(.rolesSaved(6, .failure(.rolesChanged(current: [.developer, .analyst])))) {
            editor.saving = nil
            editor.error = message
            $0.screens[1] = .roleEditor(editor)
            $0.pendingChanges = [:]
            $0.status = StatusMessage(.error, "The roles of User 00001 were not saved: " + message)
        }
        #expect(store.state.users.roles["u00001"] == [.developer])
    }

    @Test func savingAnEmptyRoleSetAsksFirst() {
        var store = Self.editingUserOne()
        store.skip([.command(.toggleRole2)])
        guard case .roleEditor(var editor) = store.state.screen else { Issue.record("no editor"); return }
        let confirmation = Confirmation(
            .saveRoles(editor),
            question: "Remove every role from User 00001 "
                + "<user00001@acme.test>?", detail: "They stay a member but can do nothing.")
        store.press(.submit) { $0.screens.append(.confirmation(confirmation)) }
        store.press(.confirm, effects: [.setRoles(6, userID: "u00001", roles: [], basedOn: [.developer])]) {
            editor.saving = 6
            $0.screens = [.users, .roleEditor(editor)]
            $0.pendingChanges = [6: .roles(RoleChange(user: Self.one, before: [.developer], after: []), bulk: false)]
            $0.status = StatusMessage(.info, "Saving the roles of User 00001…")
        }
    }

    @Test func removingYourOwnAdminRoleAsksFirstAndNoCancels() {
        var store = Fixture.loaded()
        store.skip([.command(.editRoles), .command(.toggleRole2), .command(.toggleRole1)])
        guard case .roleEditor(let editor) = store.state.screen else { Issue.record("no editor"); return }
        #expect(editor.preview == "+developer -admin")
        let confirmation = Confirmation(
            .saveRoles(editor), question: "Remove your own admin role?",
            detail: "You will no longer be able to change users.")
        store.press(.submit) { $0.screens.append(.confirmation(confirmation)) }
        store.press(.submit) {
            $0.screens.removeLast()
            $0.status = StatusMessage(.info, "Cancelled: nothing was changed.")
        }
    }

    @Test func theEditorWaitsForRolesThatAreNotLoadedYet() {
        var store = Fixture.loaded()
        store.skip([.command(.last), .pageLoaded(6, pageNumber: 13, .success(Fixture.page(13, count: 1234)))])
        #expect(!store.state.availableCommands.contains(.editRoles))
        store.press(.editRoles)
    }

    @Test func aBulkChangeConfirmsTheCountAndReportsEachFailure() {
        var store = Fixture.loaded()
        store.press(.down) { $0.users.cursor = 1 }
        store.press(.mark) {
            $0.users.marks = ["u00001": Fixture.user(1)]
            $0.users.cursor = 2
        }
        store.skip([.command(.mark), .command(.mark)])
        #expect(store.state.visibleRows.filter(\.isMarked).map(\.index) == [1, 2, 3])
        var editor = RoleEditor(bulk: [Fixture.user(1), Fixture.user(2), Fixture.user(3)])
        store.press(.editRoles) { $0.screens.append(.roleEditor(editor)) }
        store.press(.toggleRole3) {
            editor.add = [.analyst]
            $0.screens[1] = .roleEditor(editor)
        }
        let confirmation = Confirmation(
            .saveRoles(editor), question: "Change the roles of 3 marked users: +analyst?",
            detail: "Each user's other roles stay as they are.")
        store.press(.submit) { $0.screens.append(.confirmation(confirmation)) }
        let first = RoleChange(user: Fixture.user(1), before: [.developer], after: [.developer, .analyst])
        let third = RoleChange(user: Fixture.user(3), before: [.admin], after: [.admin, .analyst])
        store.press(
            .confirm,
            effects: [
                .setRoles(6, userID: "u00001", roles: first.after, basedOn: first.before),
                .setRoles(7, userID: "u00003", roles: third.after, basedOn: third.before),
            ]
        ) {
            $0.screens = [.users]
            $0.users.marks = [:]
            $0.bulk = BulkProgress(total: 3, label: "+analyst", succeeded: 1)
            $0.pendingChanges = [6: .roles(first, bulk: true), 7: .roles(third, bulk: true)]
            $0.status = StatusMessage(.info, "Changing roles (+analyst): 1 of 3 done…")
        }
        #expect(!store.state.availableCommands.contains(.undo))
        store.receive(.rolesSaved(6, .success(Done()))) {
            $0.pendingChanges = [7: .roles(third, bulk: true)]
            $0.users.roles["u00001"] = first.after
            $0.undoable = [first]
            $0.bulk?.succeeded = 2
            $0.status = StatusMessage(.info, "Changing roles (+analyst): 2 of 3 done…")
        }
        store.receive(.rolesSaved(7, .failure(.conflict("try later")))) {
            $0.pendingChanges = [:]
            $0.bulk = nil
            $0.users.marks = ["u00003": Fixture.user(3)]
            $0.status = StatusMessage(
                .error,
                "Roles changed (+analyst) for 2 of 3 users; failed, still marked: "
                    + "User 00003: Conflict: try later")
        }
        store.press(.undo, effects: [.setRoles(8, userID: "u00001", roles: [.developer], basedOn: first.after)]) {
            $0.undoable = []
            $0.pendingChanges = [8: .roles(first.reversed, bulk: false)]
            $0.status = StatusMessage(.info, "Undoing: the roles of User 00001 go back to developer…")
        }
    }

    @Test func aBulkChangeThatTakesYourAdminRoleSaysSo() {
        var store = Fixture.loaded()
        store.skip([
            .command(.mark), .command(.mark), .command(.editRoles), .command(.toggleRole1),
            .command(.toggleRole1),
        ])
        guard case .roleEditor(let editor) = store.state.screen else { Issue.record("no editor"); return }
        #expect(editor.preview == "-admin")
        store.press(.submit) {
            $0.screens.append(
                .confirmation(
                    Confirmation(
                        .saveRoles(editor),
                        question: "Change the roles of 2 marked "
                            + "users: -admin?",
                        detail: "Each user's other roles stay as they are. You are marked too: you will "
                            + "lose your admin role.")))
        }
    }

    @Test func escOnTheTableClearsMarks() {
        var store = Fixture.loaded()
        store.skip([.command(.mark)])
        store.press(.back) {
            $0.users.marks = [:]
            $0.status = StatusMessage(.info, "Marks cleared.")
        }
        #expect(!store.state.availableCommands.contains(.back))
    }

    @Test func aDetailsReplyOlderThanASavedChangeIsDropped() {
        var store = Self.editingUserOne()
        store.skip([
            .command(.toggleRole1), .command(.submit), .rolesSaved(6, .success(Done())), .command(.undo),
            .command(.reload), .pageLoaded(8, pageNumber: 1, .success(Fixture.page(1, count: 1234))),
        ])
        #expect(store.state.pendingChanges[7] != nil)
        let reload = store.state.users.detailsRequests["u00001"]
        #expect(reload != nil)
        store.skip([.rolesSaved(7, .success(Done()))])
        #expect(store.state.users.roles["u00001"] == [.developer])
        store.receive(
            .detailsLoaded(
                reload!, userID: "u00001", .success(UserDetails(user: Self.one, roles: [.admin, .developer]))))
        #expect(store.state.users.roles["u00001"] == [.developer])
    }
}
