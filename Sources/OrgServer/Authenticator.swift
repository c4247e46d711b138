import OrgModel
import OrgStore

/// Finds the Backend that a request's Authorization value acts as.
public protocol Authenticator: Sendable {
    /// The Backend for this credential, or nil when it belongs to nobody (401).
    func backend(authorization: String) async throws(BackendError) -> (any Backend)?
}

/// Personal access tokens kept in a SQLite store: each request acts as its token's member.
public struct StoreAuthenticator: Authenticator {
    let store: SQLiteStore

    public init(store: SQLiteStore) {
        self.store = store
    }

    public func backend(authorization: String) async throws(BackendError) -> (any Backend)? {
        guard let userID = try await AccessToken.userID(authorization: authorization, tokens: TokenStore(store: store)) else {
            return nil
        }
        return store.backend(actingAs: userID)
    }
}
