@testable import OrgModel
import Testing

/// `u` takes back the session's role changes one batch at a time, newest first (a bulk change's successes
/// are one batch), each saying what it took back; `U` makes the last one undone again; a new change drops
/// what could be redone, as editors do.
@Suite struct UndoTests {
    typealias Batch = UndoHistory.Batch

    static let one = RoleChange(user: Fixture.user(1), before: [.developer], after: [.admin, .developer])
    static let two = RoleChange(
        user: Fixture.user(2), before: [.analyst, .developer], after: [.admin, .analyst, .developer])
    static let three = RoleChange(user: Fixture.user(3), before: [.admin], after: [.admin, .analyst])
    static let four = RoleChange(user: Fixture.user(4), before: [.developer], after: [.developer, .analyst])
    static let bulk = Batch(label: "+analyst", changes: [three, four], isBulk: true)

    /// Users 1 and 2 get admin one after the other, then users 3 and 4 get analyst in one bulk change; the
    /// cursor ends on user 5. Ids 6 to 9 are taken.
    static func threeChanges() -> ReducerHarness {
        var store = Fixture.loaded()
        store.skip([
            .command(.down), .command(.editRoles), .command(.toggleRole1), .command(.submit),
            .rolesSaved(6, .success(Done())),
            .command(.down), .command(.editRoles), .command(.toggleRole1), .command(.submit),
            .rolesSaved(7, .success(Done())),
            .command(.down), .command(.mark), .command(.mark), .command(.editRoles), .command(.toggleRole3),
            .command(.submit), .command(.confirm),
            .rolesApplied(8, .success(RoleTransition(before: three.before, after: three.after))),
            .rolesApplied(9, .success(RoleTransition(before: four.before, after: four.after))),
        ])
        return store
    }

    @Test func undoGoesBackThroughEveryChangeSayingWhatItTookBackAndRedoMakesItAgain() {
        var store = Self.threeChanges()
        #expect(store.state.history == UndoHistory(undoable: [Batch(Self.one), Batch(Self.two), Self.bulk]))
        #expect(store.state.users.cursor == 5)
        let takeAnalyst = RoleDelta(remove: [.analyst])
        store.press(
            .undo,
            effects: [
                .changeRoles(10, userID: "u00003", delta: takeAnalyst),
                .changeRoles(11, userID: "u00004", delta: takeAnalyst),
            ]
        ) {
            $0.history.undoable = [Batch(Self.one), Batch(Self.two)]
            $0.history.running = UndoHistory.Run(direction: .undo, taken: Self.bulk)
            $0.bulk = BulkProgress(total: 2, label: "+analyst", kind: .undo)
            $0.pendingChanges = [
                10: .delta(Fixture.user(3), takeAnalyst), 11: .delta(Fixture.user(4), takeAnalyst),
            ]
            $0.status = StatusMessage(.info, "Undoing +analyst: 0 of 2 done…")
        }
        #expect(!store.state.availableCommands.contains(.undo))
        store.receive(.rolesApplied(10, .success(RoleTransition(before: Self.three.after, after: [.admin])))) {
            $0.pendingChanges[10] = nil
            $0.users.roles["u00003"] = [.admin]
            $0.history.running?.made = [Self.three.reversed]
            $0.history.running?.settled = ["u00003"]
            $0.bulk?.succeeded = 1
            $0.status = StatusMessage(.info, "Undoing +analyst: 1 of 2 done…")
        }
        store.receive(.rolesApplied(11, .success(RoleTransition(before: Self.four.after, after: [.developer])))) {
            $0.pendingChanges = [:]
            $0.users.roles["u00004"] = [.developer]
            $0.history = UndoHistory(undoable: [Batch(Self.one), Batch(Self.two)], redoable: [Self.bulk])
            $0.bulk = nil
            $0.status = StatusMessage(.success, "Undid +analyst for 2 users. Press U to redo.")
        }
        store.press(
            .undo,
            effects: [.setRoles(12, userID: "u00002", roles: Self.two.before, basedOn: Self.two.after)]
        ) {
            $0.history.undoable = [Batch(Self.one)]
            $0.history.running = UndoHistory.Run(direction: .undo, taken: Batch(Self.two), request: 12)
            $0.pendingChanges = [12: .roles(Self.two.reversed)]
            $0.status = StatusMessage(.info, "Undoing +admin for User 00002: back to developer,analyst…")
        }
        store.receive(.rolesSaved(12, .success(Done()))) {
            $0.pendingChanges = [:]
            $0.users.roles["u00002"] = Self.two.before
            $0.history = UndoHistory(undoable: [Batch(Self.one)], redoable: [Self.bulk, Batch(Self.two)])
            $0.status = StatusMessage(
                .success, "Undid +admin for User 00002: the roles are developer,analyst again. Press U to redo.")
        }
        store.press(.undo, effects: [.setRoles(13, userID: "u00001", roles: [.developer], basedOn: Self.one.after)]) {
            $0.history.undoable = []
            $0.history.running = UndoHistory.Run(direction: .undo, taken: Batch(Self.one), request: 13)
            $0.pendingChanges = [13: .roles(Self.one.reversed)]
            $0.status = StatusMessage(.info, "Undoing +admin for User 00001: back to developer…")
        }
        store.receive(.rolesSaved(13, .success(Done()))) {
            $0.pendingChanges = [:]
            $0.users.roles["u00001"] = [.developer]
            $0.history = UndoHistory(redoable: [Self.bulk, Batch(Self.two), Batch(Self.one)])
            $0.status = StatusMessage(
                .success, "Undid +admin for User 00001: the roles are developer again. Press U to redo.")
        }
        store.press(.undo) { $0.status = StatusMessage(.error, "Nothing to undo.") }
        store.press(.redo, effects: [.setRoles(14, userID: "u00001", roles: Self.one.after, basedOn: [.developer])]) {
            $0.history.redoable = [Self.bulk, Batch(Self.two)]
            $0.history.running = UndoHistory.Run(direction: .redo, taken: Batch(Self.one), request: 14)
            $0.pendingChanges = [14: .roles(Self.one)]
            $0.status = StatusMessage(.info, "Redoing +admin for User 00001: admin,developer again…")
        }
        store.receive(.rolesSaved(14, .success(Done()))) {
            $0.pendingChanges = [:]
            $0.users.roles["u00001"] = Self.one.after
            $0.history = UndoHistory(undoable: [Batch(Self.one)], redoable: [Self.bulk, Batch(Self.two)])
            $0.status = StatusMessage(
                .success, "Redid +admin for User 00001: the roles are admin,developer again. Press u to undo.")
        }
    }

    @Test func aBulkRedoAppliesTheChangeAgainOnAFreshRead() {
        var store = Self.threeChanges()
        store.skip([
            .command(.undo), .rolesApplied(10, .success(RoleTransition(before: Self.three.after, after: [.admin]))),
            .rolesApplied(11, .success(RoleTransition(before: Self.four.after, after: [.developer]))),
        ])
        let addAnalyst = RoleDelta(add: [.analyst])
        store.press(
            .redo,
            effects: [
                .changeRoles(12, userID: "u00003", delta: addAnalyst),
                .changeRoles(13, userID: "u00004", delta: addAnalyst),
            ]
        ) {
            $0.history.redoable = []
            $0.history.running = UndoHistory.Run(direction: .redo, taken: Self.bulk)
            $0.bulk = BulkProgress(total: 2, label: "+analyst", kind: .redo)
            $0.pendingChanges = [12: .delta(Fixture.user(3), addAnalyst), 13: .delta(Fixture.user(4), addAnalyst)]
            $0.status = StatusMessage(.info, "Redoing +analyst: 0 of 2 done…")
        }
        // User 4 got analyst from someone else meanwhile: already so, and only user 3's change is redone.
        store.receive(.rolesApplied(12, .success(RoleTransition(before: [.admin], after: Self.three.after)))) {
            $0.pendingChanges[12] = nil
            $0.users.roles["u00003"] = Self.three.after
            $0.history.running?.made = [Self.three]
            $0.history.running?.settled = ["u00003"]
            $0.bulk?.succeeded = 1
            $0.status = StatusMessage(.info, "Redoing +analyst: 1 of 2 done…")
        }
        store.receive(.rolesApplied(13, .success(RoleTransition(before: Self.four.after, after: Self.four.after)))) {
            $0.pendingChanges = [:]
            $0.users.roles["u00004"] = Self.four.after
            $0.history = UndoHistory(
                undoable: [
                    Batch(Self.one), Batch(Self.two), Batch(label: "+analyst", changes: [Self.three], isBulk: true),
                ])
            $0.bulk = nil
            $0.status = StatusMessage(.success, "Redid +analyst for 1 user; 1 already was so. Press u to undo.")
        }
    }

    @Test func aNewChangeDropsWhatCouldBeRedone() {
        var store = Self.threeChanges()
        store.skip([
            .command(.undo), .rolesApplied(10, .success(RoleTransition(before: Self.three.after, after: [.admin]))),
            .rolesApplied(11, .success(RoleTransition(before: Self.four.after, after: [.developer]))),
            .command(.editRoles), .command(.toggleRole1), .command(.submit),
        ])
        #expect(store.state.history.redoable == [Self.bulk])
        let five = RoleChange(
            user: Fixture.user(5), before: [.analyst, .developer], after: [.admin, .analyst, .developer])
        store.receive(.rolesSaved(12, .success(Done()))) {
            $0.screens = [.users]
            $0.pendingChanges = [:]
            $0.users.roles["u00005"] = five.after
            $0.history = UndoHistory(undoable: [Batch(Self.one), Batch(Self.two), Batch(five)])
            $0.status = StatusMessage(.success, "Roles of User 00005: admin,developer,analyst. Press u to undo.")
        }
        #expect(!store.state.availableCommands.contains(.redo))
        store.press(.redo) { $0.status = StatusMessage(.error, "Nothing to redo.") }
    }

    @Test func anUndoThatFailsStaysToBeTriedAgain() {
        var store = Self.threeChanges()
        store.skip([
            .command(.undo), .rolesApplied(10, .success(RoleTransition(before: Self.three.after, after: [.admin]))),
            .rolesApplied(11, .success(RoleTransition(before: Self.four.after, after: [.developer]))),
            .command(.undo),
        ])
        store.receive(.rolesSaved(12, .failure(.network("connection reset")))) {
            $0.pendingChanges = [:]
            $0.history = UndoHistory(undoable: [Batch(Self.one), Batch(Self.two)], redoable: [Self.bulk])
            $0.status = StatusMessage(
                .error, "The roles of User 00002 were not saved: Network error: connection reset. You can retry.")
        }
        #expect(store.state.availableCommands.contains(.undo))
    }

    @Test func anUndoOfRolesSomeoneElseChangedAsksWhatToDoAndIsForgotten() {
        var store = Self.threeChanges()
        store.skip([
            .command(.undo), .rolesApplied(10, .success(RoleTransition(before: Self.three.after, after: [.admin]))),
            .rolesApplied(11, .success(RoleTransition(before: Self.four.after, after: [.developer]))),
            .command(.undo),
        ])
        let conflict = RoleConflict(
            user: Fixture.user(2), opened: Self.two.after, now: [.analyst], yours: Self.two.before)
        store.receive(.rolesSaved(12, .failure(.rolesChanged(current: [.analyst])))) {
            $0.screens = [.users, .roleConflict(conflict)]
            $0.pendingChanges = [:]
            $0.users.roles["u00002"] = [.analyst]
            $0.history = UndoHistory(undoable: [Batch(Self.one)], redoable: [Self.bulk])
            $0.status = StatusMessage(
                .error, "Someone else changed the roles of User 00002 to analyst. Choose what to save.")
        }
    }
}
