import HTTPTypes
import OrgModel
@testable import OrgServer
import Testing

/// The server's answer for a rate limit names a wait a client can use, whatever number a Backend gave.
@Suite struct ErrorResponseTests {
    @Test(arguments: [(0.2, "1"), (-5, "0"), (1e19, "86400"), (.infinity, nil), (.nan, nil)] as [(Double, String?)])
    func aRateLimitsRetryAfterIsWholeSecondsWithinADay(wait: Double, header: String?) {
        let response = ErrorResponse.make(.rateLimited(retryAfter: wait), location: [])
        #expect(response.status == .tooManyRequests)
        #expect(response.headers[.retryAfter] == header)
    }
}
