import Foundation
@testable import OrgHTTP
import Testing

/// A Retry-After header comes from an untrusted server: delta-seconds or an HTTP date are read, anything
/// else is nil, and no value can crash the client.
@Suite struct RetryAfterTests {
    static let now = Date(timeIntervalSince1970: 4_000_000_000)

    @Test func digitsAndAnHTTPDateAreRead() {
        #expect(RetryAfter.seconds("120", now: Self.now) == 120)
        let later = Self.now.addingTimeInterval(30)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        #expect(RetryAfter.seconds(formatter.string(from: later), now: Self.now) == 30)
    }

    /// The fuzzer's `responses` target found the first one: Foundation's DateFormatter traps on it
    /// ("Incorrect range CFRange").
    @Test(arguments: [
        "Wed, 21\u{07B0}\u{FFFD}8 2099 07:28:00 GMT", "Wed, 21 Oct 2099 07:28:00 GMT\u{0}", "-5", "1e3", "soon",
        String(repeating: "Wed, 21 Oct 2099 07:28:00 GMT", count: 100),
    ])
    func anythingElseIsNil(header: String) {
        #expect(RetryAfter.seconds(header, now: Self.now) == nil)
    }
}
