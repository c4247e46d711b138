import Foundation
import OrgModel

/// The Retry-After header's value in seconds: delta-seconds (digits) or an HTTP date, clamped to
/// `0...BackendError.longestWait`. Anything else (a sign, an exponent, NaN, garbage) gives nil.
enum RetryAfter {
    /// An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`) is this long, in printable ASCII.
    private static let httpDateLength = 29

    static func seconds(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if value.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            return clamped(Double(value) ?? .infinity)
        }
        // Foundation's DateFormatter traps on some text that is not ASCII: only a date's shape reaches it.
        guard value.utf8.count == httpDateLength, value.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) else {
            return nil
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return clamped(date.timeIntervalSince(now))
    }

    private static func clamped(_ seconds: Double) -> Double? {
        seconds.isNaN ? nil : min(max(seconds, 0), BackendError.longestWait)
    }
}
