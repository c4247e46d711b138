@testable import OrgModel
import Testing

@Suite struct ConfirmationTests {
    static let one = Fixture.user(1)
    static let deleteOne = Confirmation(
        .delete(one), question: "Delete User 00001 <user00001@acme.test>?",
        detail: "They lose access to the organization at once. This cannot be undone.")

    @Test func deleteDefaultsToNoAndNamesTheUser() {
        var store = Fixture.loaded()
        store.press(.down) { $0.users.cursor = 1 }
        store.press(.delete) { $0.screens.append(.confirmation(Self.deleteOne)) }
        store.press(.submit) {
            $0.screens = [.users]
            $0.status = StatusMessage(.info, "Cancelled: nothing was changed.")
        }
        store.press(.delete) {
            $0.screens.append(.confirmation(Self.deleteOne))
            $0.status = nil
        }
        store.press(.deny) {
            $0.screens = [.users]
            $0.status = StatusMessage(.info, "Cancelled: nothing was changed.")
        }
    }

    @Test func aConfirmedDeleteRemovesTheRowAndTheRowsBelowMoveUp() {
        var store = Fixture.loaded()
        store.skip([.command(.down), .command(.delete)])
        var yes = Self.deleteOne
        yes.yesSelected = true
        store.press(.nextField) { $0.screens[1] = .confirmation(yes) }
        store.press(.submit, effects: [.delete(6, userID: "u00001")]) {
            $0.screens = [.users]
            $0.pendingChanges = [6: .delete(Self.one)]
            $0.status = StatusMessage(.info, "Deleting User 00001…")
        }
        store.receive(
            .deleted(6, .success(Done())),
            effects: [.loadPage(7, UserQuery(pageNumber: 2)), .loadDetails(8, userIDs: ["u00019"])]
        ) {
            $0.pendingChanges = [:]
            $0.users.count = 1233
            $0.users.total = 1233
            $0.users.roles["u00001"] = nil
            $0.users.pages = [1: Fixture.pageItems(1, count: 1234).filter { $0.id != "u00001" } + [Fixture.user(100)]]
            $0.users.pageRequests = [2: 7]
            $0.users.detailsRequests = ["u00019": 8]
            $0.status = StatusMessage(.success, "Deleted User 00001 <user00001@acme.test>.")
        }
        #expect(store.state.users.selected == Fixture.user(2))
        store.skipPending()
    }

    @Test func deletingFromTheDetailsScreenClosesIt() {
        var store = Fixture.loaded()
        store.skip([.command(.down), .command(.open), .command(.delete)])
        #expect(store.state.screens == [.users, .userDetails(Self.one), .confirmation(Self.deleteOne)])
        store.press(.confirm, effects: [.delete(6, userID: "u00001")]) {
            $0.screens = [.users, .userDetails(Self.one)]
            $0.pendingChanges = [6: .delete(Self.one)]
            $0.status = StatusMessage(.info, "Deleting User 00001…")
        }
        store.skip([.deleted(6, .success(Done()))])
        #expect(store.state.screens == [.users])
        store.skipPending()
    }

    @Test func aRefusedDeleteShowsTheServersDetail() {
        var store = Fixture.loaded()
        store.skip([.command(.down), .command(.delete), .command(.confirm)])
        store.receive(.deleted(6, .failure(.conflict("the organization must keep an admin")))) {
            $0.pendingChanges = [:]
            $0.status = StatusMessage(
                .error, "User 00001 was not deleted: Conflict: the organization must keep an admin")
        }
    }

    @Test func neitherDeleteNorResetIsOfferedForYourself() {
        var store = Fixture.loaded()
        #expect(store.state.users.selected == Fixture.user(0))
        #expect(!store.state.availableCommands.contains(.delete))
        #expect(!store.state.availableCommands.contains(.resetPassword))
        store.press(.delete) { $0.status = StatusMessage(.error, "You cannot delete yourself.") }
        store.press(.resetPassword) {
            $0.status = StatusMessage(
                .error, "You cannot send yourself a password reset: ask another admin to send you one.")
        }
    }

    @Test func passwordResetExplainsGoogleUsersAndShowsTheRefusal() {
        var store = Fixture.loaded()
        store.press(.down) { $0.users.cursor = 1 }
        let confirmation = Confirmation(
            .resetPassword(Self.one),
            question: "Send a password reset email to User 00001 <user00001@acme.test>?",
            detail: "Only for username-password users: google-oauth2 users reset their "
                + "password through Google.")
        store.press(.resetPassword) { $0.screens.append(.confirmation(confirmation)) }
        store.press(.confirm, effects: [.resetPassword(6, userID: "u00001")]) {
            $0.screens = [.users]
            $0.pendingChanges = [6: .resetPassword(Self.one)]
            $0.status = StatusMessage(.info, "Sending a password reset to user00001@acme.test…")
        }
        store.receive(.passwordResetSent(6, .failure(.conflict("google-oauth2 users reset their password at Google"))))
        {
            $0.pendingChanges = [:]
            $0.status = StatusMessage(
                .error,
                "No password reset sent to User 00001: "
                    + "Conflict: google-oauth2 users reset their password at Google")
        }
        store.skip([.command(.resetPassword), .command(.confirm)])
        store.receive(.passwordResetSent(7, .success(Done()))) {
            $0.pendingChanges = [:]
            $0.status = StatusMessage(.success, "Password reset email sent to user00001@acme.test.")
        }
    }

    @Test func aResetForAVanishedUserRemovesThemAndSaysSo() {
        var store = Fixture.loaded(count: 5)
        store.skip([.command(.down), .command(.resetPassword), .command(.confirm)])
        store.receive(.passwordResetSent(5, .failure(.notFound))) {
            $0.pendingChanges = [:]
            $0.users.count = 4
            $0.users.total = 4
            $0.users.roles["u00001"] = nil
            $0.users.pages = [1: [Fixture.user(0), Fixture.user(2), Fixture.user(3), Fixture.user(4)]]
            $0.status = StatusMessage(.error, "User 00001 no longer exists; removed from the list.")
        }
    }

    @Test func aGoogleUserGetsTheReasonInsteadOfAResetDialog() {
        var store = Fixture.loaded(count: 3)
        let gail = User(id: "google-oauth2|100000000000000000001", name: "Gail", email: "gail@gmail.test")
        let pat = User(id: "auth0|0123456789abcdef01234567", name: "Pat", email: "pat@acme.test")
        store.skip([
            .command(.reload),
            .pageLoaded(
                5, pageNumber: 1,
                .success(
                    UserPage(
                        count: 3,
                        items: [
                            Fixture.user(0), gail, pat,
                        ]))), .command(.down),
        ])
        #expect(store.state.users.selected == gail)
        store.press(.resetPassword) {
            $0.status = StatusMessage(
                .info, "Gail signs in with Google: they reset their password at Google, not here.")
        }
        store.skip([.command(.down), .command(.resetPassword)])
        guard case .confirmation(let confirmation) = store.state.screen else { Issue.record("no dialog"); return }
        #expect(confirmation.detail == "They get an email with a link to choose a new password.")
        #expect(gail.signInConnection == .googleOAuth2)
        #expect(
            User(id: "auth0|0123456789abcdef01234567", name: "A", email: "a@b.co").signInConnection == .usernamePassword
        )
        #expect(Fixture.user(1).signInConnection == nil)
        store.skipPending()
    }
}
