import Foundation
import GRDB

/// A date column as GRDB stores it (`yyyy-MM-dd HH:mm:ss.SSS`, UTC), read without Foundation's calendar:
/// GRDB reads every date through a Gregorian `Calendar`, whose first use (the calendar, the time zone)
/// costs a terminal UI's first frame more than the rest of the organization's read.
enum StoredDate {
    /// Days from 1970-01-01 to 2001-01-01, Foundation's reference date.
    private static let referenceDay = 11_323

    /// The date in `row`'s `column`: read here when it has the stored form, from a year that Foundation's
    /// Gregorian calendar counts as this does (1600 on), else as GRDB reads it. Both give the same `Date`.
    static func date(_ row: Row, _ column: String) -> Date {
        let value: DatabaseValue = row[column]
        if case .string(let text) = value.storage, let date = parse(text) { return date }
        return row[column]
    }

    /// `text` as a date when it reads exactly `yyyy-MM-dd HH:mm:ss.SSS` with a year from 1600 on, else nil.
    /// The seconds add up in the order Foundation's calendar adds them, so the `Date` is the same to the bit.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 23, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            bytes[19] == UInt8(ascii: "."),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
            let millisecond = number(bytes, 20, 3),
            year >= 1600, (1...12).contains(month), (1...daysIn(month, of: year)).contains(day), hour < 24,
            minute < 60, second < 60
        else { return nil }
        let days = daysFromEpoch(year: year, month: month, day: day) - referenceDay
        let secondOfDay = Double(hour * 3600 + minute * 60 + second) + Double(millisecond * 1_000_000) / 1_000_000_000
        return Date(timeIntervalSinceReferenceDate: Double(days * 86_400) + secondOfDay)
    }

    /// The decimal number in `bytes[start..<start + count]`, nil unless all are digits.
    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + count] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to the Gregorian date (Howard Hinnant's `days_from_civil`).
    private static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        let year = month <= 2 ? year - 1 : year
        let era = year / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
