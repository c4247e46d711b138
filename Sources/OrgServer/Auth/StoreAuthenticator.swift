import OrgModel
import OrgStore

/// Personal access tokens kept in a SQLite store (`TokenAuthenticator`), whose change counter is the store's
/// `data_version`: each request acts as its token's member.
public struct StoreAuthenticator: Authenticator {
    private let tokens: TokenAuthenticator

    /// Checks the tokens kept in `store`, and acts as their members there.
    public init(store: SQLiteStore) {
        let changes = StoreChanges(store: store)
        tokens = TokenAuthenticator(
            tokens: SQLiteTokenStore(store: store), changeCounter: { () throws(BackendError) in try changes.version() },
            member: { id in store.backend(actingAs: id) })
    }

    public func backend(authorization: String) async throws(BackendError) -> (any Backend)? {
        try await tokens.backend(authorization: authorization)
    }

    public func member(authorization: String) async throws(BackendError) -> AuthenticatedMember? {
        try await tokens.member(authorization: authorization)
    }
}
