import OrgModel

/// Where the personal access tokens of `orgtui serve` are kept, only as hashes of their secrets: a protocol,
/// which `SQLiteTokenStore` (a local store) and `PostgresTokenStore` (a database) adopt.
public protocol TokenStore: Sendable {
    /// Records a token for the member with `email`, keeping `secretHash` only; `.notFound` when no member has
    /// that email.
    func add(email: String, name: String, secretHash: String) async throws(BackendError) -> TokenRecord

    /// Every token, oldest first.
    func list() async throws(BackendError) -> [TokenRecord]

    /// Deletes the token with this id; `.notFound` when there is none.
    func revoke(id: String) async throws(BackendError)

    /// The tokens issued for `email`, each with its secret's hash, for the caller to compare in constant time.
    func candidates(email: String) async throws(BackendError) -> [(record: TokenRecord, secretHash: String)]
}
