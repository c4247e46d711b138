@testable import OrgModel
import Testing

/// With users marked, `d` and `P` act on the marked users, not the one under the cursor, with one question
/// naming how many and who; each answer is counted, and a user whose part fails stays marked.
@Suite struct MarkedUsersTests {
    /// Five users, with users 1, 2 and 3 marked and the cursor on user 4 (unmarked).
    static func threeMarked() -> ReducerHarness {
        var store = Fixture.loaded(count: 5)
        store.skip([.command(.down), .command(.mark), .command(.mark), .command(.mark)])
        return store
    }

    static let marked = [Fixture.user(1), Fixture.user(2), Fixture.user(3)]

    @Test func deleteAsksOnceAboutTheMarkedUsersAndCountsTheAnswers() {
        var store = Self.threeMarked()
        #expect(store.state.users.selected == Fixture.user(4))
        let question = Confirmation(
            .deleteAll(Self.marked), question: "Delete 3 marked users: User 00001, User 00002 and User 00003?",
            detail: "They lose access to the organization at once. This cannot be undone.")
        store.press(.delete) { $0.screens.append(.confirmation(question)) }
        store.press(
            .confirm,
            effects: [.delete(5, userID: "u00001"), .delete(6, userID: "u00002"), .delete(7, userID: "u00003")]
        ) {
            $0.screens = [.users]
            $0.users.marks = [:]
            $0.bulk = BulkProgress(total: 3, kind: .delete)
            $0.pendingChanges = [
                5: .part(.delete(Fixture.user(1))), 6: .part(.delete(Fixture.user(2))),
                7: .part(.delete(Fixture.user(3))),
            ]
            $0.status = StatusMessage(.info, "Deleting users: 0 of 3 done…")
        }
        store.receive(.deleted(5, .success(Done()))) {
            $0.pendingChanges[5] = nil
            _ = $0.users.remove(userID: "u00001", bodyRows: $0.bodyRows)
            $0.bulk?.succeeded = 1
            $0.status = StatusMessage(.info, "Deleting users: 1 of 3 done…")
        }
        store.receive(.deleted(7, .failure(.conflict("User 00003 is the last admin; the organization needs one.")))) {
            $0.pendingChanges[7] = nil
            $0.users.marks = ["u00003": Fixture.user(3)]
            $0.bulk?.failures = ["User 00003: Conflict: User 00003 is the last admin; the organization needs one."]
            $0.status = StatusMessage(.info, "Deleting users: 2 of 3 done…")
        }
        store.receive(.deleted(6, .success(Done()))) {
            $0.pendingChanges = [:]
            _ = $0.users.remove(userID: "u00002", bodyRows: $0.bodyRows)
            $0.bulk = nil
            $0.status = StatusMessage(
                .error,
                "Deleted 2 of 3 users; failed, still marked: User 00003: Conflict: User 00003 is the last admin; "
                    + "the organization needs one.")
        }
        #expect(store.state.users.count == 3)
    }

    @Test func resetAsksOnceAboutTheMarkedUsers() {
        var store = Self.threeMarked()
        let question = Confirmation(
            .resetPasswords(Self.marked),
            question: "Send a password reset email to 3 marked users: User 00001, User 00002 and User 00003?",
            detail: "Each gets an email with a link to choose a new password. Google (google-oauth2) users reset "
                + "theirs at Google: those are refused and stay marked.")
        store.press(.resetPassword) { $0.screens.append(.confirmation(question)) }
        store.skip([.command(.confirm)])
        store.skip([.passwordResetSent(5, .success(Done())), .passwordResetSent(6, .success(Done()))])
        store.receive(.passwordResetSent(7, .success(Done()))) {
            $0.pendingChanges = [:]
            $0.bulk = nil
            $0.status = StatusMessage(.success, "Password reset email sent to 3 users.")
        }
    }

    @Test func withYourselfMarkedTheOthersAreAskedAboutAndYouStay() {
        var store = Fixture.loaded(count: 5)
        store.skip([.command(.mark), .command(.mark), .command(.mark)])
        let others = [Fixture.user(1), Fixture.user(2)]
        let question = Confirmation(
            .deleteAll(others), question: "Delete 2 marked users: User 00001 and User 00002?",
            detail: "They lose access to the organization at once. This cannot be undone. You are marked too, "
                + "and stay: you cannot delete yourself.")
        store.press(.delete) { $0.screens.append(.confirmation(question)) }
    }

    @Test func oneMarkedUserIsAskedAboutByNameNotTheUserUnderTheCursor() {
        var store = Fixture.loaded(count: 5)
        store.skip([.command(.down), .command(.mark)])
        #expect(store.state.users.selected == Fixture.user(2))
        store.press(.delete) { $0.screens.append(.confirmation(.toDelete(Fixture.user(1)))) }
    }
}
