@testable import OrgModel
import Testing

/// A server's `count` is untrusted: near Int.max or negative, moving through the table never traps.
@Suite struct HostileCountTests {
    @Test(arguments: [Int.max, Int.max - 1, Int.max - 150, Int.max / 100 * 100])
    func endPageDownAndPositionNeverTrapNearIntMax(count: Int) {
        var state = Fixture.loaded(count: count).state
        for command: Command in [.last, .pageDown, .down, .pageDown, .pageUp, .up, .last, .pageDown, .pageDown] {
            let effects = reduce(&state, .command(command))
            for case .loadPage(let id, let query) in effects {
                let items = Array(
                    Fixture.pageItems(1, count: 100).prefix(state.users.expectedItems(onPage: query.pageNumber)))
                _ = reduce(
                    &state,
                    .pageLoaded(id, pageNumber: query.pageNumber, .success(UserPage(count: count, items: items))))
            }
        }
        #expect(state.users.cursor == count - 1)
        #expect(state.position.hasSuffix("-\(count.grouped) of \(count.grouped)"))
        #expect(state.users.expectedItems(onPage: Int.max) == 0)
        #expect(state.users.expectedItems(onPage: UserList.page(of: count - 1)) == (count - 1) % UserList.pageSize + 1)
    }

    @Test func aNegativeCountIsAnEmptyList() throws {
        var state = Fixture.loaded(count: 5).state
        _ = reduce(&state, .command(.reload))
        let id = try #require(state.users.pageRequests[1])
        _ = reduce(&state, .pageLoaded(id, pageNumber: 1, .success(UserPage(count: Int.min, items: []))))
        for command: Command in [.last, .pageDown, .pageUp, .first] { _ = reduce(&state, .command(command)) }
        #expect(state.users.count == 0)
        #expect(state.position == "0 of 0")
    }
}
