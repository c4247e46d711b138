import OrgModel
import OrgRecords

/// Personal access tokens kept by a `TokenStore`: each request acts as its token's member. A token once
/// verified is not looked up again until the store's change counter moves, which any commit does (a
/// revocation included, from any process or server instance), so a revoked token is refused on the next
/// request everywhere.
public struct TokenAuthenticator: Authenticator {
    private let tokens: any TokenStore
    private let changeCounter: @Sendable () async throws(BackendError) -> Int
    private let member: @Sendable (String) -> any Backend
    /// The members that tokens were verified to act as, keyed by a hash of the Authorization value (never the
    /// secret), until the change counter moves (a revocation included).
    private let verified = VersionedCache<String, String>(capacity: 10_000)
    /// The look-ups under way, by key and version, which the requests carrying one token together share.
    private let lookups = InFlightReads<Lookup, String?>()

    /// A look-up of the token whose Authorization value hashes to `key`, at the store's `version`.
    private struct Lookup: Hashable, Sendable {
        let key: String
        let version: Int
    }

    /// Checks the tokens `tokens` keeps, reading `changeCounter` on each request, and acts as `member(id)`.
    public init(
        tokens: any TokenStore, changeCounter: @escaping @Sendable () async throws(BackendError) -> Int,
        member: @escaping @Sendable (String) -> any Backend
    ) {
        self.tokens = tokens
        self.changeCounter = changeCounter
        self.member = member
    }

    public func backend(authorization: String) async throws(BackendError) -> (any Backend)? {
        try await member(authorization: authorization)?.backend
    }

    public func member(authorization: String) async throws(BackendError) -> AuthenticatedMember? {
        let (key, version) = (AccessToken.hash(authorization), try await changeCounter())
        if let userID = verified.value(for: key, at: version) { return (userID, member(userID), true, version) }
        let (tokens, verified) = (tokens, verified)
        guard
            let userID = try await lookups.value(
                for: Lookup(key: key, version: version),
                read: { () throws(BackendError) in
                    let userID = try await AccessToken.userID(authorization: authorization, tokens: tokens)
                    if let userID { verified.insert(userID, for: key, at: version) }
                    return userID
                })
        else { return nil }
        return (userID, member(userID), false, version)
    }
}
