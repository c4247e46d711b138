import Foundation
@testable import OrgModel

/// Users, pages and states the view model tests share.
enum Fixture {
    /// User number `i`, named so that the API's name order is the number order.
    static func user(_ i: Int) -> User {
        let number = String(i).leftPadded(to: 5)
        return User(id: "u\(number)", name: "User \(number)", email: "user\(number)@acme.test")
    }

    /// User number `i`'s roles: user 0 (me) is the admin.
    static func roles(_ i: Int) -> Set<Role> {
        if i == 0 { return [.admin] }
        return [[.admin], [.developer], [.analyst, .developer]][i % 3]
    }

    static func details(_ i: Int) -> UserDetails { UserDetails(user: user(i), roles: roles(i)) }

    /// The signed-in user: user 0, an admin unless told otherwise.
    static func me(roles: Set<Role> = [.admin]) -> UserDetails { UserDetails(user: user(0), roles: roles) }

    static let organization = Organization(
        id: "0f9f1c1e-8e0a-4a57-9a36-0d5e2b9b8c11", name: "Acme Corporation",
        shortName: "acme", createdAt: Date(timeIntervalSince1970: 1_700_000_000),
        updatedAt: Date(timeIntervalSince1970: 1_700_000_000))

    /// Page `number` (from 1) of `count` users.
    static func page(_ number: Int, count: Int) -> UserPage {
        let start = (number - 1) * UserQuery.maxPageSize
        return UserPage(count: count, items: (start..<min(count, start + UserQuery.maxPageSize)).map(user))
    }

    static func pageItems(_ number: Int, count: Int) -> [User] { page(number, count: count).items }

    /// A store after start-up: organization, me, page 1 (and 2) of `count` users and the visible rows'
    /// roles. Ids 1-3 went to start-up; with more than 100 users 4 went to page 2 and 5 to the visible
    /// rows' details, so the next id is 6.
    static func loaded(count: Int = 1234, me: UserDetails = me(), height: Int = 24, readOnly: Bool = false)
        -> ReducerHarness
    {
        var store = ReducerHarness(AppState(width: 100, height: height, readOnly: readOnly))
        store.skip([.started, .organizationLoaded(1, .success(organization)), .meLoaded(2, .success(me))])
        var state = store.state
        for effect in reduce(&state, .pageLoaded(3, pageNumber: 1, .success(page(1, count: count)))) {
            if case .loadDetails(let id, let ids) = effect {
                for userID in ids {
                    let details = userID == me.id ? me : details(Int(userID.dropFirst())!)
                    _ = reduce(&state, .detailsLoaded(id, userID: userID, .success(details)))
                }
            }
            if case .loadPage(let id, let query) = effect {
                _ = reduce(
                    &state,
                    .pageLoaded(id, pageNumber: query.pageNumber, .success(page(query.pageNumber, count: count))))
            }
        }
        store.skipPending()  // answered above, outside the harness
        return ReducerHarness(state)
    }
}
