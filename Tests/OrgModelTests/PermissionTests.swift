@testable import OrgModel
import Testing

@Suite struct PermissionTests {
    static let changes: Set<Command> = [.delete, .resetPassword, .editRoles, .invite, .mark, .undo, .redo]
    static let forbidden = StatusMessage(.error, BackendError.forbidden.message)

    @Test(arguments: [Role.analyst, .developer])
    func membersWhoAreNotAdminsGetNoChangeCommandsAndTheyDoNothing(_ role: Role) {
        var store = Fixture.loaded(me: Fixture.me(roles: [role]))
        store.press(.down) { $0.users.cursor = 1 }
        #expect(store.state.availableCommands.isDisjoint(with: Self.changes))
        for command in Self.changes { store.press(command) { $0.status = Self.forbidden } }
        store.press(.open) {
            $0.screens.append(.userDetails(Fixture.user(1)))
            $0.status = nil
        }
        #expect(store.state.availableCommands.isDisjoint(with: Self.changes))
        for command in Self.changes { store.press(command) { $0.status = Self.forbidden } }
        store.press(.back) {
            $0.screens = [.users]
            $0.status = nil
        }
        store.press(.profile) { $0.screens.append(.profile) }
        #expect(store.state.availableCommands.contains(.edit))
    }

    @Test func readOnlyDisablesEveryChangeEvenForAnAdmin() {
        var store = Fixture.loaded(readOnly: true)
        store.press(.down) { $0.users.cursor = 1 }
        #expect(store.state.availableCommands.isDisjoint(with: Self.changes))
        let readOnly = StatusMessage(
            .error, "orgtui runs read-only (--readonly): nothing can be changed in this session.")
        for command in Self.changes { store.press(command) { $0.status = readOnly } }
        store.press(.profile) {
            $0.screens.append(.profile)
            $0.status = nil
        }
        #expect(!store.state.availableCommands.contains(.edit))
        store.press(.edit)
        #expect(!store.state.allows(.updateMe))
        #expect(store.state.allows(.readUsers))
    }

    @Test func aConfirmationOpenedBeforeLosingAdminDoesNothing() {
        var store = Fixture.loaded()
        store.skip([.command(.profile), .command(.reload), .command(.back), .command(.down), .command(.delete)])
        #expect(store.state.meRequest == 6)
        let analyst = Fixture.me(roles: [.analyst])
        store.receive(.meLoaded(6, .success(analyst))) {
            $0.meRequest = nil
            $0.me = analyst
            $0.users.roles["u00000"] = [.analyst]
        }
        store.press(.confirm) { $0.screens = [.users] }
    }

    @Test func everyEffectKnowsItsPermission() {
        #expect(Effect.delete(1, userID: "x").requiredPermission == .deleteUser)
        #expect(Permission.deleteUser.isChange)
        #expect(Effect.loadPage(1, UserQuery()).requiredPermission == .readUsers)
        #expect(!Permission.readUsers.isChange)
        #expect(Effect.updateMe(1, UserUpdate()).requiredPermission?.isChange == true)
        #expect(Effect.getMe(1).requiredPermission == nil)
    }
}
