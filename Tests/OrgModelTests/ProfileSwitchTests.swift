@testable import OrgModel
import Testing

/// The profile list (`:`) and switching to another profile: the exact effect, everything of the old
/// organization forgotten, and late answers of the old one dropped.
@Suite struct ProfileSwitchTests {
    static let profiles = [
        ProfileEntry(name: "acme", location: "store /tmp/acme.sqlite", hasToken: nil),
        ProfileEntry(name: "globex", location: "API https://globex.test/oum/v1", hasToken: true),
    ]

    /// Started on profile acme with the organization and me loaded; the first page (#3) is still on its way.
    static func started() -> ReducerHarness {
        var store = ReducerHarness(AppState(activeProfile: "acme", profiles: profiles))
        store.skip([
            .started, .organizationLoaded(1, .success(Fixture.organization)), .meLoaded(2, .success(Fixture.me())),
        ])
        return store
    }

    @Test func colonListsTheProfilesAndEnterSwitchesToTheHighlightedOne() {
        var store = Self.started()
        store.press(.profiles, effects: [.listProfiles]) {
            $0.screens.append(.profiles(ProfileList(entries: Self.profiles, active: "acme")))
        }
        #expect(store.state.availableCommands == [.up, .down, .back, .submit, .quitNow, .messages])
        store.press(.down) {
            var list = ProfileList(entries: Self.profiles, active: "acme")
            list.cursor = 1
            $0.screens[1] = .profiles(list)
        }
        store.press(.down)
        store.press(.submit, effects: [.switchProfile("globex")]) {
            $0.screens = [.users]
            $0.status = StatusMessage(.info, "Switching to profile globex…")
        }
        store.skipPending()
    }

    /// A profile saved by `orgtui login` while the terminal UI runs shows up when the list opens.
    @Test func theListShowsTheProfilesAsSavedNowKeepingTheHighlight() {
        var store = Self.started()
        store.skip([.command(.profiles), .command(.down)])
        let now = [
            Self.profiles[0], ProfileEntry(name: "initech", location: "API https://initech.test", hasToken: true),
        ]
        store.receive(.profilesListed(now + [Self.profiles[1]])) {
            var list = ProfileList(entries: now + [Self.profiles[1]], active: "globex")
            #expect(list.cursor == 2)
            list.cursor = 2
            $0.profiles = now + [Self.profiles[1]]
            $0.screens[1] = .profiles(list)
        }
        store.skip([.command(.back), .command(.profiles)])
        store.receive(.profilesListed(now)) {
            $0.profiles = now
            $0.screens[1] = .profiles(ProfileList(entries: now, active: "acme"))
        }
        store.skipPending()
    }

    @Test func theActiveProfileOrEscSwitchesNothing() {
        var store = Self.started()
        store.skip([.command(.profiles)])
        store.press(.submit) {
            $0.screens = [.users]
            $0.status = StatusMessage(.info, "Already on profile acme.")
        }
        store.skip([.command(.profiles), .command(.down)])
        store.press(.back) { $0.screens = [.users] }
        store.skipPending()
    }

    @Test func aSwitchForgetsTheOldOrganizationLoadsTheNewOneAndDropsLateAnswers() {
        var store = Self.started()
        store.skip([
            .pageLoaded(3, pageNumber: 1, .success(Fixture.page(1, count: 40))), .command(.mark),
            .command(.invite), .typed("x@"), .command(.back), .command(.audit),
        ])
        #expect(!store.state.users.marks.isEmpty)
        store.skip([.command(.back), .command(.profiles), .command(.down), .command(.submit)])
        let next = store.state.nextRequestID
        let saved = [
            Self.profiles[0], ProfileEntry(name: "globex", location: "API https://globex.test", hasToken: false),
        ]
        store.receive(
            .profileSwitched(name: "globex", profiles: saved),
            effects: [
                .getOrganization(RequestID(next)), .getMe(RequestID(next + 1)),
                .loadPage(RequestID(next + 2), UserQuery(pageNumber: 1)),
            ]
        ) {
            $0 = AppState(activeProfile: "globex", profiles: saved)
            $0.status = StatusMessage(.info, "Switched to profile globex.")
            $0.organizationRequest = RequestID(next)
            $0.meRequest = RequestID(next + 1)
            $0.users.pageRequests = [1: RequestID(next + 2)]
        }
        #expect(store.state.organization == nil && store.state.me == nil && store.state.users.marks.isEmpty)
        #expect(store.state.inviteDraft == nil && store.state.history == UndoHistory())

        // Answers to requests of the old organization change nothing.
        for id in 1..<next {
            store.receive(.organizationLoaded(RequestID(id), .success(Fixture.organization)))
            store.receive(.meLoaded(RequestID(id), .success(Fixture.me())))
            store.receive(.pageLoaded(RequestID(id), pageNumber: 1, .success(Fixture.page(1, count: 40))))
            store.receive(.detailsLoaded(RequestID(id), userID: "u00001", .success(Fixture.details(1))))
            store.receive(.auditLoaded(RequestID(id), pageNumber: 1, .success(AuditPage(count: 3, items: []))))
        }
        store.skipPending()
    }

    @Test func aProfileThatCannotBeOpenedLeavesTheOldOneAndSaysWhy() {
        var store = Self.started()
        store.skip([.command(.profiles), .command(.down), .command(.submit)])
        let before = store.state
        store.receive(.profileSwitchFailed(name: "globex", reason: "There is no store at /gone.sqlite.")) {
            $0.status = StatusMessage(.error, "Still on profile acme: There is no store at /gone.sqlite.")
        }
        #expect(store.state.organization == before.organization && store.state.activeProfile == "acme")
        store.skipPending()
    }
}
