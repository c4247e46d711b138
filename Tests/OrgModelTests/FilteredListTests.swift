@testable import OrgModel
import Testing

/// Paging, marks, bulk role changes and the audit screen work on a filtered list as on the whole one
/// (issue 23); the live refresh's reload with the filter is `RoleFilterTests`', the total's `FilteredTotalTests`'.
@Suite struct FilteredListTests {
    @Test func aFilteredListAsksItsNextPageWithItsFilter() {
        var store = Fixture.loaded()
        store.skip([.roleFilterChosen([.admin])])
        store.receive(
            .pageLoaded(6, pageNumber: 1, .success(Fixture.page(1, count: 150))),
            effects: [.loadPage(7, UserQuery(pageNumber: 2, roles: [.admin]))]
        ) {
            $0.users.count = 150
            $0.users.pages = [1: Fixture.pageItems(1, count: 150)]
            $0.users.pageRequests = [2: 7]
            $0.users.previous = nil
        }
        store.skipPending()
    }

    @Test func marksOutlastAFilterAndABulkRoleChangeSendsEachMarkedUser() {
        var state = Fixture.loaded(count: 5).state
        for event: Event in [.command(.down), .command(.mark), .command(.mark), .roleFilterChosen([.admin])] {
            _ = reduce(&state, event)
        }
        #expect(Set(state.users.marks.keys) == ["u00001", "u00002"])
        _ = reduce(&state, .command(.editRoles))
        _ = reduce(&state, .command(.toggleRole3))
        var effects = reduce(&state, .command(.submit))
        if effects.isEmpty { effects = reduce(&state, .command(.confirm)) }
        let changed = effects.compactMap { effect -> String? in
            if case .changeRoles(_, let userID, _) = effect { userID } else { nil }
        }
        #expect(changed == ["u00001", "u00002"])
        #expect(state.users.roleFilter == [.admin], "the list keeps its filter")
    }

    @Test func theAuditScreenOpensFromAFilteredListAndEscReturnsToIt() {
        var state = Fixture.loaded().state
        LiveRefreshTests.answer(reduce(&state, .roleFilterChosen([.admin])), &state, count: 40)
        let list = state.users
        let effects = reduce(&state, .command(.audit))
        #expect(effects.contains { if case .loadAudit = $0 { true } else { false } })
        _ = reduce(&state, .command(.back))
        #expect(state.screens == [.users])
        #expect(state.users == list)
    }
}
