import Foundation

extension LineLogHandler {
    /// `date` in UTC to the second, as `Date.formatted(.iso8601)` writes it (`2026-12-06T22:35:55Z`), from
    /// `gmtime_r`: Foundation's format style builds a calendar first, a cost paid at the start of every
    /// run, whose first line is logged before the terminal UI's first frame.
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return date.formatted(.iso8601) }
        func digits(_ value: Int32, _ count: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, count - text.count)) + text
        }
        return digits(parts.tm_year + 1900, 4) + "-" + digits(parts.tm_mon + 1, 2) + "-" + digits(parts.tm_mday, 2)
            + "T" + digits(parts.tm_hour, 2) + ":" + digits(parts.tm_min, 2) + ":" + digits(parts.tm_sec, 2) + "Z"
    }
}
