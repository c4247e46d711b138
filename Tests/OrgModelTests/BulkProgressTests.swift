@testable import OrgModel
import Testing

/// What a bulk role change says once every answer is in: only the users whose roles changed count as
/// changed, the others are "already so", and one user is "1 user".
@Suite struct BulkProgressTests {
    static func finished(total: Int, unchanged: Int, failures: [String] = []) -> BulkProgress {
        var progress = BulkProgress(total: total, label: "+analyst")
        progress.succeeded = total - failures.count
        progress.unchanged = unchanged
        progress.failures = failures
        return progress
    }

    @Test func countsOnlyTheUsersWhoseRolesChanged() {
        #expect(
            Self.finished(total: 3, unchanged: 0).summary == "Roles changed (+analyst) for 3 users. Press u to undo.")
        #expect(
            Self.finished(total: 3, unchanged: 2).summary
                == "Roles changed (+analyst) for 1 user; 2 already were so. Press u to undo.")
        #expect(
            Self.finished(total: 2, unchanged: 1).summary
                == "Roles changed (+analyst) for 1 user; 1 already was so. Press u to undo.")
    }

    @Test func aChangeThatChangedNobodySaysSoAndOffersNoUndo() {
        #expect(
            Self.finished(total: 3, unchanged: 3).summary == "Roles unchanged (+analyst): all 3 users already were so.")
        #expect(Self.finished(total: 1, unchanged: 1).summary == "Roles unchanged (+analyst): the user already was so.")
    }

    @Test func failuresAreNamedAfterTheCounts() {
        #expect(
            Self.finished(total: 3, unchanged: 1, failures: ["Bo: busy"]).summary
                == "Roles changed (+analyst) for 1 of 3 users (1 already was so); failed, still marked: Bo: busy")
        #expect(
            Self.finished(total: 1, unchanged: 0, failures: ["Bo: busy"]).summary
                == "Roles changed (+analyst) for 0 of 1 user; failed, still marked: Bo: busy")
    }
}
