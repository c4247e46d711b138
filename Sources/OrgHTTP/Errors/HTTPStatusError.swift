import HTTPTypes
import OrgModel

/// An answer with an error status, as the error middleware reads it before the generated client does.
struct HTTPStatusError: Error, Sendable {
    /// The request's method: a failed change (anything but GET) may have been applied.
    var method: HTTPRequest.Method
    var status: Int
    var detail: String?
    var retryAfter: Double?
    var location: String?
    /// A 412's current role set, when its body named one.
    var currentRoles: Set<Role>?

    /// The BackendError that this answer means, with the server's detail where it has one.
    var backendError: BackendError {
        let reason = detail ?? "the server answered HTTP \(status)"
        switch status {
        case 401: return .unauthorized
        case 403: return .forbidden
        case 404: return .notFound
        case 409: return .conflict(reason)
        case 412: return currentRoles.map { .rolesChanged(current: $0) } ?? .conflict(reason)
        case 429: return .rateLimited(retryAfter: retryAfter)
        case 300..<400:
            return .network("the server redirected to \(location ?? "another address"), which orgtui does not follow")
        case 502...504 where RetryPolicy.isIdempotent(method): return .unavailable("\(reason).")
        case 500...:
            let what = status == 500 ? "the server failed (HTTP 500)" : "the server answered HTTP \(status)"
            return .failed(detail.map { "\(what): \($0)" } ?? what, mayHaveApplied: method != .get)
        default: return .invalid(reason)
        }
    }
}
