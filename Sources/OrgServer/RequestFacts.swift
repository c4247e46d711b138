import Synchronization

/// What the inner layers learn of a request for the outer ones to log and count: the operation it
/// reached (the OpenAPI operationId, or an operation endpoint's name), the member it acted as and its
/// `X-Request-ID`. One object per request, shared by every copy of its `APIRequestContext`.
final class RequestFacts: Sendable {
    private let state = Mutex<(operation: String?, memberID: String?, tokenCacheHit: Bool?, requestID: String?)>(
        (nil, nil, nil, nil))

    /// The operation, or "other" when the request reached none (an unknown path).
    var operation: String {
        get { state.withLock { $0.operation } ?? "other" }
        set { state.withLock { $0.operation = newValue } }
    }

    /// Whether the token cache knew the request's token; nil when no cache was asked.
    var tokenCacheHit: Bool? {
        get { state.withLock { $0.tokenCacheHit } }
        set { state.withLock { $0.tokenCacheHit = newValue } }
    }

    /// The acting member's id, once the request's token is verified.
    var memberID: String? {
        get { state.withLock { $0.memberID } }
        set { state.withLock { $0.memberID = newValue } }
    }

    /// The request's id, once `RequestIDMiddleware` gave it one.
    var requestID: String? {
        get { state.withLock { $0.requestID } }
        set { state.withLock { $0.requestID = newValue } }
    }
}
