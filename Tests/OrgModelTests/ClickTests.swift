@testable import OrgModel
import Testing

/// The mouse's clicks, as the terminal sends them once it has found what was drawn under the pointer: a
/// row selects it, a field takes the focus, and a click on a screen that has no such thing changes nothing.
@Suite struct ClickTests {
    @Test func aClickOnARowSelectsItAndClearsTheNotice() {
        var store = Fixture.loaded()
        store.send(.notice(NoticeTests.refused)) { $0.notice = NoticeTests.refused }
        store.send(.clicked(.row(5))) {
            $0.notice = nil
            $0.users.cursor = 5
        }
        store.send(.clicked(.row(0))) { $0.users.cursor = 0 }
    }

    @Test func aClickBelowTheLastRowOrUnderAnotherScreenChangesNothing() {
        var store = Fixture.loaded(count: 3)
        store.send(.clicked(.row(3)))
        store.send(.clicked(.row(-1)))
        store.press(.open) { $0.screens.append(.userDetails(Fixture.user(0))) }
        store.send(.clicked(.row(2)))
        store.send(.clicked(.field(1)))
    }

    @Test func aClickOnAFieldOfTheInviteFormFocusesIt() {
        var store = Fixture.loaded()
        store.press(.invite) { $0.screens.append(.inviteForm(InviteForm())) }
        store.send(.clicked(.field(2))) {
            var form = InviteForm()
            form.focus = .roles
            $0.screens[1] = .inviteForm(form)
        }
        store.send(.clicked(.field(4)))
        store.send(.clicked(.row(1)))
    }

    @Test func aClickOnASavedProfileHighlightsIt() {
        var store = ProfileSwitchTests.started()
        store.press(.profiles, effects: [.listProfiles]) {
            $0.screens.append(.profiles(ProfileList(entries: ProfileSwitchTests.profiles, active: "acme")))
        }
        store.send(.clicked(.row(1))) {
            var list = ProfileList(entries: ProfileSwitchTests.profiles, active: "acme")
            list.cursor = 1
            $0.screens[1] = .profiles(list)
        }
        store.skipPending()
    }
}
