import OrgModel
import Testing

/// The Backend contract suite: every rule of contract.md as checks written once against `any Backend`,
/// run against every implementation (the local store, the HTTP client over a server).
///
/// A test target runs each of `checks` against a fresh `ContractFixture`.
public enum BackendContract {
    /// Every check of the contract.
    public static let checks: [ContractCheck] =
        readingChecks + pagingChecks + searchChecks + authorizationChecks
        + profileChecks + deletionChecks + passwordChecks + roleChecks + basedOnChecks + invitationChecks + limitChecks
        + auditChecks + changeCounterChecks + filterChecks + pendingInvitationChecks + nameFoldingChecks

    /// Every user the backend lists, fetched page by page.
    public static func allPages(_ backend: any Backend, pageSize: Int, search: String? = nil) async throws -> [User] {
        try await allPages(backend, UserQuery(nameSearch: search), pageSize: pageSize)
    }

    /// Every user the backend lists for `query`, fetched page by page from the first.
    public static func allPages(_ backend: any Backend, _ query: UserQuery, pageSize: Int) async throws -> [User] {
        var users: [User] = []
        var query = query
        (query.pageNumber, query.pageSize) = (1, pageSize)
        while true {
            let page = try await backend.listUsers(query)
            users += page.items
            if page.items.count < pageSize { return users }
            query.pageNumber += 1
        }
    }

    /// How many users the backend lists.
    public static func userCount(_ backend: any Backend) async throws -> Int {
        try await backend.listUsers(UserQuery(pageSize: 0)).count
    }
}
