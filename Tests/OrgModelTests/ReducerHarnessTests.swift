@testable import OrgModel
import Testing

/// The harness is exhaustive: an answer must answer a pending effect, and effects left unanswered fail.
@Suite struct ReducerHarnessTests {
    static let startEffects: [Effect] = [.getOrganization(1), .getMe(2), .loadPage(3, UserQuery(pageNumber: 1))]

    static func start(_ store: inout ReducerHarness) {
        store.send(.started, effects: startEffects) {
            $0.organizationRequest = 1
            $0.meRequest = 2
            $0.users.pageRequests = [1: 3]
        }
    }

    @Test func effectsLeftUnansweredFail() {
        withKnownIssue {
            var store = ReducerHarness()
            Self.start(&store)
        } matching: {
            $0.description.contains("Effects left unanswered: request #1, request #2, request #3")
        }
    }

    @Test func anAnswerToNoRequestFails() {
        withKnownIssue {
            var store = ReducerHarness()
            store.receive(.meLoaded(9, .success(Fixture.me())))
        } matching: {
            $0.description.contains("answers no pending effect")
        }
    }

    @Test func anAnswerSentAsAPersonsEventFails() {
        var store = ReducerHarness()
        Self.start(&store)
        withKnownIssue {
            store.send(.organizationLoaded(1, .success(Fixture.organization))) {
                $0.organizationRequest = nil
                $0.organization = Fixture.organization
            }
        } matching: {
            $0.description.contains("feed it with receive")
        }
        store.skipPending()
    }
}
