import OrgModel

/// Finds the Backend that a request's Authorization value acts as.
public protocol Authenticator: Sendable {
    /// The Backend for this credential, or nil when it belongs to nobody (401).
    func backend(authorization: String) async throws(BackendError) -> (any Backend)?
}
