import OrgModel

/// Finds the Backend that a request's Authorization value acts as.
public protocol Authenticator: Sendable {
    /// The Backend for this credential, or nil when it belongs to nobody (401).
    func backend(authorization: String) async throws(BackendError) -> (any Backend)?

    /// The member id and Backend for this credential, or nil when it belongs to nobody (401); `cached` tells
    /// whether a token cache knew the credential (nil without a cache), and `version` is the store's change
    /// counter read for the check (nil when the authenticator reads none).
    func member(authorization: String) async throws(BackendError) -> AuthenticatedMember?
}

/// Who a credential acts as: what `Authenticator.member(authorization:)` finds.
public typealias AuthenticatedMember = (id: String?, backend: any Backend, cached: Bool?, version: Int?)

extension Authenticator {
    /// The Backend alone, without an id, for an authenticator that does not tell it.
    public func member(authorization: String) async throws(BackendError) -> AuthenticatedMember? {
        try await backend(authorization: authorization).map { (nil, $0, nil, nil) }
    }
}
