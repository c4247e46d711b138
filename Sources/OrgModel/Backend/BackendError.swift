/// Why a backend operation failed, in terms a person can act on. Every Backend throws only these.
public enum BackendError: Error, Hashable, Sendable {
    /// 401: the credential is missing, unknown or expired.
    case unauthorized
    /// 403: the credential is valid but lacks the rights for this operation.
    case forbidden
    /// 404: the user (or resource) does not exist, or no longer does.
    case notFound
    /// 422: the request broke a validation rule; the detail says which.
    case invalid(String)
    /// 409: the request conflicts with the organization's state (last admin, duplicate, provider-managed user).
    case conflict(String)
    /// 412: a role change was based on a role set that is no longer the user's; `current` is the set now.
    /// Nothing was changed.
    case rolesChanged(current: Set<Role>)
    /// 429: too many requests; retry after this many seconds when known.
    case rateLimited(retryAfter: Double?)
    /// 5xx or a busy or failing store: the service is not available for now; the detail says why.
    case unavailable(String)
    /// The local store file cannot be used as it is (missing, not an orgtui store, written by a newer
    /// orgtui, damaged); the detail says why and what to do. Retrying does not help.
    case unusableStore(String)
    /// The request did not complete: no connection, a reset, a timeout.
    case network(String)
    /// The server failed on the request (500 and the like), or a change (POST, PATCH) got no answer or a
    /// failure back; the detail says which. `mayHaveApplied`: the request was a change that may have taken
    /// effect before the failure, so repeating it blindly could apply it twice. A read never changes anything.
    case failed(String, mayHaveApplied: Bool)
    /// The answer could not be understood.
    case decoding(String)
    /// The backend does not offer this at all (a server without an extension of `orgtui serve`); the detail
    /// says what is missing. Retrying does not help.
    case unsupported(String)

    /// The detail of `.unsupported` for a backend without an audit log.
    public static let noAuditLog = "This server has no audit log: GET /audit is an extension of orgtui serve."

    /// The detail of `.unsupported` for a backend that keeps no invitations (the platform).
    public static let noInvitations =
        "The platform keeps no list of invitations: listing and withdrawing them are extensions of orgtui serve "
        + "(GET /invitations, DELETE /invitations/{email}) that this server does not declare, so orgtui can "
        + "neither show nor withdraw an invitation here. Use a local store or an orgtui serve to manage them."

    /// A sentence that says what went wrong and what can be done about it.
    public var message: String {
        switch self {
        case .unauthorized:
            "Not signed in: the token is missing or expired. Set ORGTUI_TOKEN or run with a fresh token."
        case .forbidden:
            "Not allowed: your roles do not permit this. Ask an admin of the organization."
        case .notFound:
            "Not found: that user no longer exists."
        case .invalid(let detail):
            "Rejected: \(detail)"
        case .conflict(let detail):
            "Conflict: \(detail)"
        case .rolesChanged(let current):
            "Changed meanwhile: someone else set the roles to \(current.label) since they were read; "
                + "nothing was changed. Read them again and retry."
        case .rateLimited(let retryAfter):
            if let seconds = retryAfter.flatMap(Self.wholeSeconds) {
                "Too many requests: try again in \(seconds) s."
            } else {
                "Too many requests: try again shortly."
            }
        case .unavailable(let detail):
            "Service unavailable: \(detail) You can retry."
        case .unusableStore(let detail), .unsupported(let detail):
            detail
        case .network(let detail):
            "Network error: \(detail). You can retry."
        case .decoding(let detail):
            "Unreadable answer from the backend: \(detail)"
        case .failed(let detail, let mayHaveApplied):
            mayHaveApplied
                ? "Failed: \(detail). The change may have been applied: check before repeating it."
                : "Failed: \(detail). Nothing was changed; you can retry."
        }
    }

    /// The longest wait a rate limit's message names, in seconds (a day): a server's number is untrusted.
    public static let longestWait = 86_400.0

    /// A rate limit's wait as whole seconds between 0 and `longestWait`, rounded up; nil when it is not a
    /// number (NaN, infinite), so that no value of any size traps.
    public static func wholeSeconds(_ wait: Double) -> Int? {
        wait.isFinite ? Int(min(max(wait, 0), longestWait).rounded(.up)) : nil
    }

    /// Whether repeating the same request later may succeed.
    public var isRetryable: Bool {
        switch self {
        case .rateLimited, .unavailable, .network: true
        case .failed(_, let mayHaveApplied): !mayHaveApplied
        default: false
        }
    }
}
