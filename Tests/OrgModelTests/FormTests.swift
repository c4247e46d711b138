@testable import OrgModel
import Testing

@Suite struct FormTests {
    @Test func theInviteFormValidatesInlineAndKeepsItsInputWhenRefused() {
        var store = Fixture.loaded()
        var form = InviteForm()
        store.press(.invite) { $0.screens.append(.inviteForm(form)) }
        #expect(store.state.acceptsText)
        store.send(.typed("bo@acme")) {
            form.email = "bo@acme"
            $0.screens[1] = .inviteForm(form)
        }
        #expect(form.problem(.email) == "The domain 'acme' needs a dot, as in example.com.")
        store.send(.typed(".test")) {
            form.email = "bo@acme.test"
            $0.screens[1] = .inviteForm(form)
        }
        #expect(form.problem(.email) == nil)
        store.press(.nextField) {
            form.focus = .name
            $0.screens[1] = .inviteForm(form)
        }
        store.send(.typed("Bo")) {
            form.name = "Bo"
            $0.screens[1] = .inviteForm(form)
        }
        store.press(.nextField) {
            form.focus = .roles
            $0.screens[1] = .inviteForm(form)
        }
        #expect(!store.state.acceptsText)
        store.press(.toggleRole1) {
            form.roles = [.admin, .developer]
            $0.screens[1] = .inviteForm(form)
        }
        store.press(.nextField) {
            form.focus = .connection
            $0.screens[1] = .inviteForm(form)
        }
        store.press(.toggleChoice) {
            form.connection = .usernamePassword
            $0.screens[1] = .inviteForm(form)
        }
        let invitation = Invitation(
            email: "bo@acme.test", name: "Bo", roles: [.admin, .developer],
            connection: .usernamePassword)
        store.press(.submit, effects: [.invite(6, invitation)]) {
            form.sending = 6
            $0.screens[1] = .inviteForm(form)
            $0.pendingChanges = [6: .invite(invitation)]
            $0.status = StatusMessage(.info, "Sending the invitation to bo@acme.test…")
        }
        store.receive(.invited(6, .failure(.conflict("bo@acme.test is already invited")))) {
            form.sending = nil
            form.error = "Conflict: bo@acme.test is already invited"
            $0.screens[1] = .inviteForm(form)
            $0.pendingChanges = [:]
            $0.status = StatusMessage(.error, "Invitation not sent: Conflict: bo@acme.test is already invited")
        }
        store.skip([.command(.submit)])
        store.receive(
            .invited(7, .success(Done())),
            effects: [.loadPage(8, UserQuery(pageNumber: 1)), .loadPage(9, UserQuery(pageNumber: 2))]
        ) {
            $0.screens = [.users]
            $0.pendingChanges = [:]
            $0.users.pages = [:]
            $0.users.pageRequests = [1: 8, 2: 9]
            $0.status = StatusMessage(
                .success,
                "Invited Bo <bo@acme.test> as admin,developer. "
                    + "They get an email to create a username and password.")
        }
        store.skipPending()
    }

    @Test func anInvalidInvitationIsNotSentAndPointsAtTheProblem() {
        var store = Fixture.loaded()
        store.skip([.command(.invite), .command(.nextField), .typed("Bo"), .command(.nextField)])
        guard case .inviteForm(var form) = store.state.screen else { Issue.record("no form"); return }
        store.press(.submit) {
            form.focus = .email
            form.error = "Email is required."
            $0.screens[1] = .inviteForm(form)
            $0.status = StatusMessage(.error, "Not sent: Email is required.")
        }
        store.send(.typed("bo@acme.test")) {
            form.email = "bo@acme.test"
            form.error = nil
            $0.screens[1] = .inviteForm(form)
        }
    }

    @Test func escKeepsTheInviteDraftForNextTime() {
        var store = Fixture.loaded()
        store.skip([.command(.invite), .typed("half@typed")])
        guard case .inviteForm(let form) = store.state.screen else { Issue.record("no form"); return }
        store.press(.back) {
            $0.screens = [.users]
            $0.inviteDraft = form
        }
        store.press(.invite) {
            $0.screens.append(.inviteForm(form))
            $0.inviteDraft = nil
        }
        #expect(form.email == "half@typed")
    }

    @Test func theProfileSavesOnlyWhatChanged() {
        var store = Fixture.loaded()
        let me = Fixture.user(0)
        store.press(.profile) { $0.screens.append(.profile) }
        var form = ProfileForm(editing: me)
        store.press(.edit) { $0.screens.append(.profileEditor(form)) }
        store.send(.typed(" Jr")) {
            form.name = "User 00000 Jr"
            $0.screens[2] = .profileEditor(form)
        }
        store.press(.submit, effects: [.updateMe(6, UserUpdate(name: "User 00000 Jr"))]) {
            form.saving = 6
            $0.screens[2] = .profileEditor(form)
            $0.pendingChanges = [6: .updateMe(UserUpdate(name: "User 00000 Jr"))]
            $0.status = StatusMessage(.info, "Saving your profile…")
        }
        let renamed = User(id: me.id, name: "User 00000 Jr", email: me.email)
        store.receive(.profileSaved(6, .success(renamed))) {
            $0.screens = [.users, .profile]
            $0.pendingChanges = [:]
            $0.me?.user = renamed
            $0.users.pages[1]![0] = renamed
            $0.status = StatusMessage(.success, "Profile saved.")
        }
    }

    @Test func aGoogleProfileCannotBeEditedAndSaysWhy() {
        var store = Fixture.loaded()
        store.skip([
            .command(.profile), .command(.edit), .command(.nextField), .command(.backspace),
            .typed("g"), .command(.submit),
        ])
        guard case .profileEditor(var form) = store.state.screen else { Issue.record("no form"); return }
        #expect(form.email == "user00000@acme.tesg")
        let detail = "google-oauth2 users change their profile at Google"
        store.receive(.profileSaved(6, .failure(.conflict(detail)))) {
            form.saving = nil
            form.error = "Conflict: \(detail)"
            $0.screens[2] = .profileEditor(form)
            $0.pendingChanges = [:]
            $0.profileLockedReason = "Your profile cannot be edited here: \(detail)"
            $0.status = StatusMessage(.error, "Profile not saved: Conflict: \(detail)")
        }
        store.press(.back) {
            $0.screens = [.users, .profile]
            $0.status = nil
        }
        store.press(.edit) { $0.status = StatusMessage(.error, "Your profile cannot be edited here: \(detail)") }
    }

    @Test func anInvalidProfileIsNotSent() {
        var store = Fixture.loaded()
        store.skip([.command(.profile), .command(.edit), .command(.nextField)])
        guard case .profileEditor(var form) = store.state.screen else { Issue.record("no form"); return }
        store.send(.typed("@")) {
            form.email = "user00000@acme.test@"
            $0.screens[2] = .profileEditor(form)
        }
        store.press(.submit) {
            form.error = "Email has more than one @."
            $0.screens[2] = .profileEditor(form)
            $0.status = StatusMessage(.error, "Not saved: Email has more than one @.")
        }
    }

    @Test func aGoogleUserIsToldWhyTheirProfileCannotBeEdited() {
        var store = ReducerHarness()
        let gail = UserDetails(
            user: User(id: "google-oauth2|100000000000000000001", name: "Gail", email: "gail@gmail.test"),
            roles: [.analyst])
        store.skip([.started])
        let reason = "You sign in with Google (google-oauth2): change your name and email in your Google account."
        store.receive(.meLoaded(2, .success(gail))) {
            $0.meRequest = nil
            $0.me = gail
            $0.users.roles[gail.id] = [.analyst]
            $0.profileLockedReason = reason
        }
        store.press(.profile) { $0.screens.append(.profile) }
        store.press(.edit) { $0.status = StatusMessage(.error, reason) }
        store.skipPending()
    }
}
