import HTTPTypes
@testable import OrgHTTP
import Testing

@Suite struct RetryPolicyTests {
    @Test func onlyIdempotentMethodsAreRetried() {
        #expect([HTTPRequest.Method.get, .put, .delete].allSatisfy(RetryPolicy.isIdempotent))
        #expect(![HTTPRequest.Method.post, .patch].contains(where: RetryPolicy.isIdempotent))
        #expect(RetryPolicy.retryableStatuses == [429, 502, 503, 504])
    }

    @Test func backoffIsFullJitterUnderADoublingCeiling() {
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: 0.25, maxDelay: 4, retryAfterCap: 30)
        var random = SystemRandomNumberGenerator()
        for attempt in 1...8 {
            let ceiling = min(4, 0.25 * Double(1 << (attempt - 1)))
            let delays = (0..<200).map { _ in policy.delay(afterAttempt: attempt, retryAfter: nil, using: &random) }
            #expect(delays.allSatisfy { (0...ceiling).contains($0) })
            #expect(delays.max()! > ceiling / 2)
        }
    }

    @Test func retryAfterIsHonoredUpToTheCap() {
        let policy = RetryPolicy()
        var random = SystemRandomNumberGenerator()
        #expect(policy.delay(afterAttempt: 1, retryAfter: 1, using: &random) == 1)
        #expect(policy.delay(afterAttempt: 1, retryAfter: 120, using: &random) == 30)
        #expect(policy.delay(afterAttempt: 2, retryAfter: -5, using: &random) == 0)
    }
}
