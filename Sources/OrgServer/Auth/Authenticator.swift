import OrgModel
import OrgStore

/// Finds the Backend that a request's Authorization value acts as.
public protocol Authenticator: Sendable {
    /// The Backend for this credential, or nil when it belongs to nobody (401).
    func backend(authorization: String) async throws(BackendError) -> (any Backend)?
}

/// Personal access tokens kept in a SQLite store: each request acts as its token's member. A token
/// once verified is not looked up again until something is committed to the store.
public struct StoreAuthenticator: Authenticator {
    let store: SQLiteStore
    private let changes: StoreChanges
    private let verified = TokenCache()

    public init(store: SQLiteStore) {
        self.store = store
        changes = StoreChanges(store: store)
    }

    public func backend(authorization: String) async throws(BackendError) -> (any Backend)? {
        let (key, version) = (AccessToken.hash(authorization), try changes.version())
        if let userID = verified.userID(for: key, at: version) { return store.backend(actingAs: userID) }
        guard let userID = try await AccessToken.userID(authorization: authorization, tokens: TokenStore(store: store)) else {
            return nil
        }
        verified.insert(userID, for: key, at: version)
        return store.backend(actingAs: userID)
    }
}
