import OrgModel
import OrgStore

/// Personal access tokens kept in a SQLite store: each request acts as its token's member. A token
/// once verified is not looked up again until something is committed to the store.
public struct StoreAuthenticator: Authenticator {
    let store: SQLiteStore
    private let changes: StoreChanges
    private let verified = TokenCache()

    /// Checks the tokens kept in `store`, and acts as their members there.
    public init(store: SQLiteStore) {
        self.store = store
        changes = StoreChanges(store: store)
    }

    public func backend(authorization: String) async throws(BackendError) -> (any Backend)? {
        let (key, version) = (AccessToken.hash(authorization), try changes.version())
        if let userID = verified.userID(for: key, at: version) { return store.backend(actingAs: userID) }
        let tokens = TokenStore(store: store)
        guard let userID = try await AccessToken.userID(authorization: authorization, tokens: tokens) else {
            return nil
        }
        verified.insert(userID, for: key, at: version)
        return store.backend(actingAs: userID)
    }
}
