import Foundation

public extension Date {
    /// The time as the command line prints it: `2026-11-29 06:40:12Z`, in UTC.
    var cliText: String {
        formatted(
            .iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false)
                .timeSeparator(.colon).dateTimeSeparator(.space).timeZone(separator: .omitted))
    }
}
