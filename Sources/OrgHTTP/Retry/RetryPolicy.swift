import HTTPTypes

/// When an automatic retry is allowed and how long to wait before it.
///
/// Only idempotent methods (GET, PUT, DELETE) are retried, on connection errors and on 429, 502, 503
/// and 504, for at most `maxAttempts` attempts. The wait is exponential backoff with full jitter, or the
/// server's Retry-After, capped at `retryAfterCap`.
public struct RetryPolicy: Hashable, Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The backoff ceiling of the first retry, in seconds; it doubles for each further retry.
    public var baseDelay: Double
    /// The largest backoff ceiling, in seconds.
    public var maxDelay: Double
    /// The longest Retry-After honored, in seconds.
    public var retryAfterCap: Double

    public init(maxAttempts: Int = 3, baseDelay: Double = 0.25, maxDelay: Double = 4, retryAfterCap: Double = 30) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.retryAfterCap = retryAfterCap
    }

    /// The statuses that are worth repeating.
    static let retryableStatuses: Set<Int> = [429, 502, 503, 504]

    /// Whether a request with this method may be repeated without asking.
    static func isIdempotent(_ method: HTTPRequest.Method) -> Bool {
        method == .get || method == .put || method == .delete
    }

    /// The wait before attempt `attempt + 1`, after `attempt` failed attempts (1 or more): the server's
    /// Retry-After when given (clamped to 0...`retryAfterCap`), else a uniform draw from 0 up to the doubled ceiling.
    public func delay(afterAttempt attempt: Int, retryAfter: Double?, using random: inout some RandomNumberGenerator)
        -> Double
    {
        if let retryAfter, !retryAfter.isNaN { return min(max(retryAfter, 0), retryAfterCap) }
        let ceiling = min(maxDelay, baseDelay * Double(1 << min(attempt - 1, 30)))
        return Double.random(in: 0...ceiling, using: &random)
    }
}
