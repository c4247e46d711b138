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
        + auditChecks + changeCounterChecks

    /// Every user the backend lists, fetched page by page.
    public static func allPages(_ backend: any Backend, pageSize: Int, search: String? = nil) async throws -> [User] {
        var users: [User] = []
        var pageNumber = 1
        while true {
            let page = try await backend.listUsers(
                UserQuery(pageNumber: pageNumber, pageSize: pageSize, nameSearch: search))
            users += page.items
            if page.items.count < pageSize { return users }
            pageNumber += 1
        }
    }

    /// How many users the backend lists.
    public static func userCount(_ backend: any Backend) async throws -> Int {
        try await backend.listUsers(UserQuery(pageSize: 0)).count
    }
}
