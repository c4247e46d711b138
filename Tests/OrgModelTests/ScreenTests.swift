@testable import OrgModel
import Testing

@Suite struct ScreenTests {
    @Test func theOrganizationScreenShowsAndReloads() {
        var store = Fixture.loaded()
        store.press(.organization) { $0.screens.append(.organization) }
        store.press(.reload, effects: [.getOrganization(6)]) { $0.organizationRequest = 6 }
        store.receive(.organizationLoaded(6, .failure(.unavailable("The store is locked.")))) {
            $0.organizationRequest = nil
            $0.status = StatusMessage(
                .error,
                "Could not load the organization: Service unavailable: "
                    + "The store is locked. You can retry. Press r to retry.")
        }
        store.press(.back) {
            $0.screens = [.users]
            $0.status = nil
        }
    }

    @Test func anOrganizationNotYetLoadedIsRequestedWhenOpened() {
        var store = ReducerHarness()
        store.skip([.started, .organizationLoaded(1, .failure(.network("down")))])
        store.press(.organization, effects: [.getOrganization(4)]) {
            $0.screens.append(.organization)
            $0.organizationRequest = 4
            $0.status = nil
        }
        store.receiveLate(.organizationLoaded(1, .success(Fixture.organization)))
        store.skipPending()
    }

    @Test func helpScrollsAndClosesFromAnyScreen() {
        var store = Fixture.loaded()
        store.press(.open) { $0.screens.append(.userDetails(Fixture.user(0))) }
        store.press(.help) { $0.screens.append(.help(scroll: 0)) }
        store.press(.down) { $0.screens[2] = .help(scroll: 1) }
        store.press(.pageDown) { $0.screens[2] = .help(scroll: 20) }
        store.press(.up) { $0.screens[2] = .help(scroll: 19) }
        store.press(.first) { $0.screens[2] = .help(scroll: 0) }
        store.press(.up)
        store.press(.back) { $0.screens = [.users, .userDetails(Fixture.user(0))] }
        store.press(.quitNow, effects: [.quit])
    }

    @Test func theProfileCopiesYourEmailAndReloads() {
        var store = Fixture.loaded()
        store.press(.profile) { $0.screens.append(.profile) }
        store.press(.copyEmail, effects: [.copyToClipboard("user00000@acme.test")]) {
            $0.status = StatusMessage(.info, "Copied user00000@acme.test.")
        }
        store.press(.reload, effects: [.getMe(6)]) {
            $0.meRequest = 6
            $0.status = nil
        }
        store.press(.reload)
        store.skipPending()
    }

    @Test func quitIsOfferedOnlyOnTheTable() {
        var store = Fixture.loaded()
        store.press(.profile) { $0.screens.append(.profile) }
        #expect(!store.state.availableCommands.contains(.quit))
        store.press(.quit)
        store.press(.back) { $0.screens = [.users] }
        store.press(.quit, effects: [.quit])
    }

    @Test func thePositionUsesThousandsSeparators() {
        #expect(1_234_567.grouped == "1,234,567")
        #expect(999.grouped == "999")
        #expect(1000.grouped == "1,000")
        #expect(0.grouped == "0")
    }
}
