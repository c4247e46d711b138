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
            $0.pendingChanges = [6: .roles(change)]
            $0.status = StatusMessage(.info, "Saving the roles of User 00001…")
        }
        #expect(store.state.availableCommands == [.quitNow])
        store.press(.back)
        store.receive(.rolesSaved(6, .success(Done()))) {
            $0.screens = [.users]
            $0.pendingChanges = [:]
            $0.users.roles["u00001"] = [.admin, .developer]
            $0.history = UndoHistory(undoable: [UndoHistory.Batch(change)])
            $0.status = StatusMessage(.success, "Roles of User 00001: admin,developer. Press u to undo.")
        }
        store.receiveLate(.rolesSaved(6, .success(Done())))
        store.press(
            .undo, effects: [.setRoles(7, userID: "u00001", roles: [.developer], basedOn: [.admin, .developer])]
        ) {
            $0.history = UndoHistory(running: UndoHistory.Run(direction: .undo, taken: .init(change), request: 7))
            $0.pendingChanges = [7: .roles(change.reversed)]
            $0.status = StatusMessage(.info, "Undoing +admin for User 00001: back to developer…")
        }
        store.receive(.rolesSaved(7, .success(Done()))) {
            $0.pendingChanges = [:]
            $0.users.roles["u00001"] = [.developer]
            $0.history = UndoHistory(redoable: [UndoHistory.Batch(change)])
            $0.status = StatusMessage(
                .success, "Undid +admin for User 00001: the roles are developer again. Press U to redo.")
        }
        store.skipPending()
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

    /// The story: you add admin to a developer while someone else added analyst. The dialog shows the
    /// three sets; apply on top is sent based on the set now and, when that changed again too, the
    /// dialog comes back with the newer set; overwrite saves yours; undo conflicts in turn.
    @Test func aSaveOnRolesChangedMeanwhileShowsTheConflictDialog() {
        var store = Self.editingUserOne()
        store.skip([.command(.toggleRole1), .command(.submit)])
        guard case .roleEditor(var editor) = store.state.screen else { Issue.record("no editor"); return }
        let now: Set<Role> = [.developer, .analyst], yours: Set<Role> = [.admin, .developer]
        var conflict = RoleConflict(user: Self.one, opened: [.developer], now: now, yours: yours)
        store.receive(.rolesSaved(6, .failure(.rolesChanged(current: now)))) {
            editor.saving = nil
            $0.screens = [.users, .roleEditor(editor), .roleConflict(conflict)]
            $0.pendingChanges = [:]
            $0.users.roles["u00001"] = now
            $0.status = StatusMessage(
                .error, "Someone else changed the roles of User 00001 to developer,analyst. Choose what to save.")
        }
        #expect(conflict.change == "+admin")
        #expect(conflict.onTop == [.admin, .developer, .analyst])
        #expect(
            store.state.availableCommands == [
                .quitNow, .applyOnTop, .overwrite, .deny, .submit, .nextField, .previousField, .messages,
            ])
        let onTop = RoleChange(user: Self.one, before: now, after: [.admin, .developer, .analyst])
        store.press(.submit, effects: [.setRoles(7, userID: "u00001", roles: onTop.after, basedOn: now)]) {
            conflict.saving = 7
            $0.screens[2] = .roleConflict(conflict)
            $0.pendingChanges = [7: .roles(onTop)]
            $0.status = StatusMessage(.info, "Saving the roles of User 00001: admin,developer,analyst…")
        }
        #expect(store.state.availableCommands == [.quitNow])
        store.receive(.rolesSaved(7, .failure(.rolesChanged(current: [.analyst])))) {
            conflict.saving = nil
            conflict.now = [.analyst]
            $0.screens[2] = .roleConflict(conflict)
            $0.pendingChanges = [:]
            $0.users.roles["u00001"] = [.analyst]
            $0.status = StatusMessage(
                .error, "Someone else changed the roles of User 00001 to analyst. Choose what to save.")
        }
        #expect(conflict.onTop == [.admin, .analyst])
        let overwrite = RoleChange(user: Self.one, before: [.analyst], after: yours)
        store.press(.overwrite, effects: [.setRoles(8, userID: "u00001", roles: yours, basedOn: [.analyst])]) {
            conflict.saving = 8
            $0.screens[2] = .roleConflict(conflict)
            $0.pendingChanges = [8: .roles(overwrite)]
            $0.status = StatusMessage(.info, "Saving the roles of User 00001: admin,developer…")
        }
        store.receive(.rolesSaved(8, .success(Done()))) {
            $0.screens = [.users]
            $0.pendingChanges = [:]
            $0.users.roles["u00001"] = yours
            $0.history = UndoHistory(undoable: [UndoHistory.Batch(overwrite)])
            $0.status = StatusMessage(.success, "Roles of User 00001: admin,developer. Press u to undo.")
        }
        store.press(.undo, effects: [.setRoles(9, userID: "u00001", roles: [.analyst], basedOn: yours)]) {
            $0.history = UndoHistory(running: UndoHistory.Run(direction: .undo, taken: .init(overwrite), request: 9))
            $0.pendingChanges = [9: .roles(overwrite.reversed)]
            $0.status = StatusMessage(.info, "Undoing +admin +developer -analyst for User 00001: back to analyst…")
        }
        let undoConflict = RoleConflict(user: Self.one, opened: yours, now: [.admin], yours: [.analyst])
        store.receive(.rolesSaved(9, .failure(.rolesChanged(current: [.admin])))) {
            $0.screens = [.users, .roleConflict(undoConflict)]
            $0.pendingChanges = [:]
            $0.users.roles["u00001"] = [.admin]
            $0.history = UndoHistory()
            $0.status = StatusMessage(
                .error, "Someone else changed the roles of User 00001 to admin. Choose what to save.")
        }
        #expect(undoConflict.change == "+analyst -admin -developer")
        store.press(.deny) {
            $0.screens = [.users]
            $0.status = StatusMessage(
                .info, "Cancelled: the roles of User 00001 stay as someone else set them: admin.")
        }
    }

    @Test func anUndoThatConflictsWhileAFormIsOpenSaysSoWithoutCoveringTheForm() {
        var store = Self.editingUserOne()
        store.skip([
            .command(.toggleRole1), .command(.submit), .rolesSaved(6, .success(Done())), .command(.undo),
            .command(.invite),
        ])
        guard case .inviteForm = store.state.screen else { Issue.record("no invite form"); return }
        let screens = store.state.screens
        store.receive(.rolesSaved(7, .failure(.rolesChanged(current: [.analyst])))) {
            $0.screens = screens
            $0.pendingChanges = [:]
            $0.users.roles["u00001"] = [.analyst]
            $0.history = UndoHistory()
            $0.status = StatusMessage(
                .error,
                "Not saved: someone else changed the roles of User 00001 to analyst meanwhile; nothing was changed.")
        }
    }

    @Test func cancellingTheConflictClosesTheEditorToo() {
        var store = Self.editingUserOne()
        store.skip([
            .command(.toggleRole1), .command(.submit), .rolesSaved(6, .failure(.rolesChanged(current: [.analyst]))),
        ])
        guard case .roleConflict(var conflict) = store.state.screen else { Issue.record("no dialog"); return }
        store.press(.nextField) {
            conflict.highlighted = .overwrite
            $0.screens[2] = .roleConflict(conflict)
            $0.status = nil
        }
        store.press(.nextField) {
            conflict.highlighted = .cancel
            $0.screens[2] = .roleConflict(conflict)
        }
        store.press(.submit) {
            $0.screens = [.users]
            $0.status = StatusMessage(
                .info, "Cancelled: the roles of User 00001 stay as someone else set them: analyst.")
        }
        #expect(store.state.users.roles["u00001"] == [.analyst])
    }

    @Test func savingAnEmptyRoleSetIsRefusedAsTheStoreWouldRefuseIt() {
        var store = Self.editingUserOne()
        store.skip([.command(.toggleRole2)])
        guard case .roleEditor(var editor) = store.state.screen else { Issue.record("no editor"); return }
        #expect(editor.after == [])
        store.press(.submit) {
            editor.error = "Rejected: Choose at least one role."
            $0.screens = [.users, .roleEditor(editor)]
            $0.status = StatusMessage(
                .error, "The roles of User 00001 were not saved: Rejected: Choose at least one role.")
        }
        store.press(.toggleRole3) {
            editor.add = [.analyst]
            editor.error = nil
            $0.screens = [.users, .roleEditor(editor)]
            $0.status = nil
        }
        store.press(.submit, effects: [.setRoles(6, userID: "u00001", roles: [.analyst], basedOn: [.developer])]) {
            editor.saving = 6
            $0.screens = [.users, .roleEditor(editor)]
            $0.pendingChanges = [6: .roles(RoleChange(user: Self.one, before: [.developer], after: [.analyst]))]
            $0.status = StatusMessage(.info, "Saving the roles of User 00001…")
        }
        store.skipPending()
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
        store.skipPending()
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
        let delta = RoleDelta(add: [.analyst])
        store.press(
            .confirm,
            effects: [
                .changeRoles(6, userID: "u00001", delta: delta), .changeRoles(7, userID: "u00002", delta: delta),
                .changeRoles(8, userID: "u00003", delta: delta),
            ]
        ) {
            $0.screens = [.users]
            $0.users.marks = [:]
            $0.bulk = BulkProgress(total: 3, label: "+analyst")
            $0.history.running = UndoHistory.Run(
                direction: .change, taken: UndoHistory.Batch(label: "+analyst", changes: [], isBulk: true))
            $0.pendingChanges = [
                6: .delta(Fixture.user(1), delta), 7: .delta(Fixture.user(2), delta), 8: .delta(Fixture.user(3), delta),
            ]
            $0.status = StatusMessage(.info, "Changing roles (+analyst): 0 of 3 done…")
        }
        #expect(!store.state.availableCommands.contains(.undo))
        // User 1 became an admin meanwhile: the change applies to what the runner read, not to the list's copy.
        let first = RoleChange(user: Fixture.user(1), before: [.admin], after: [.admin, .analyst])
        store.receive(.rolesApplied(6, .success(RoleTransition(before: first.before, after: first.after)))) {
            $0.pendingChanges[6] = nil
            $0.users.roles["u00001"] = first.after
            $0.history.running?.made = [first]
            $0.history.running?.settled = ["u00001"]
            $0.bulk?.succeeded = 1
            $0.status = StatusMessage(.info, "Changing roles (+analyst): 1 of 3 done…")
        }
        store.receive(.rolesApplied(7, .success(RoleTransition(before: [.analyst], after: [.analyst])))) {
            $0.pendingChanges[7] = nil
            $0.users.roles["u00002"] = [.analyst]
            $0.history.running?.settled = ["u00001", "u00002"]
            $0.bulk?.succeeded = 2
            $0.bulk?.unchanged = 1
            $0.status = StatusMessage(.info, "Changing roles (+analyst): 2 of 3 done…")
        }
        let busy = BackendError.rolesChanged(current: [.developer])
        store.receive(.rolesApplied(8, .failure(busy))) {
            $0.pendingChanges = [:]
            $0.bulk = nil
            $0.users.roles["u00003"] = [.developer]
            $0.users.marks = ["u00003": Fixture.user(3)]
            $0.history = UndoHistory(
                undoable: [UndoHistory.Batch(label: "+analyst", changes: [first], isBulk: true)])
            $0.status = StatusMessage(
                .error,
                "Roles changed (+analyst) for 1 of 3 users (1 already was so); failed, still marked: User 00003: "
                    + busy.message)
        }
        store.press(.undo, effects: [.changeRoles(9, userID: "u00001", delta: RoleDelta(remove: [.analyst]))]) {
            $0.history = UndoHistory(
                running: UndoHistory.Run(
                    direction: .undo, taken: UndoHistory.Batch(label: "+analyst", changes: [first], isBulk: true)))
            $0.bulk = BulkProgress(total: 1, label: "+analyst", kind: .undo)
            $0.pendingChanges = [9: .delta(Fixture.user(1), RoleDelta(remove: [.analyst]))]
            $0.status = StatusMessage(.info, "Undoing +analyst: 0 of 1 done…")
        }
        store.skipPending()
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
        store.skipPending()
    }
}
