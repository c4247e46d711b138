import Foundation
import GRDB
import Testing

@testable import OrgStore

/// `StoredDate` reads a stored date to the same `Date` as GRDB, bit for bit, and leaves every other form to GRDB.
@Suite struct StoredDateTests {
    @Test func aStoredDateReadsAsGRDBReadsIt() throws {
        var generator = SystemRandomNumberGenerator()
        // Every millisecond near Foundation's reference date (where the sum's rounding shows), then any date.
        var texts = (0..<1_000).map { String(format: "2001-01-01 00:00:00.%03d", $0) }
        texts += (0..<1_000).map { String(format: "2000-12-28 21:39:17.%03d", $0) }
        for _ in 0..<20_000 {
            let year = Int.random(in: 1600...9999, using: &generator), month = Int.random(in: 1...12, using: &generator)
            texts.append(
                String(
                    format: "%04d-%02d-%02d %02d:%02d:%02d.%03d", year, month,
                    Int.random(in: 1...28, using: &generator),
                    Int.random(in: 0...23, using: &generator), Int.random(in: 0...59, using: &generator),
                    Int.random(in: 0...59, using: &generator), Int.random(in: 0...999, using: &generator)))
        }
        for text in texts {
            let expected = try #require(Date.fromDatabaseValue(text.databaseValue))
            #expect(StoredDate.parse(text) == expected, "\(text)")
        }
    }

    @Test(arguments: [
        "2024-02-30 00:00:00.000", "1582-10-15 00:00:00.000", "2024-01-01", "2024-01-01 10:00",
        "2024-01-01T10:00:00.000",
        "2024-01-01 10:00:00.0001", "2024-13-01 10:00:00.000", "2024-01-01 24:00:00.000", "２024-01-01 10:00:00.000",
    ])
    func anotherFormIsLeftToGRDB(text: String) throws {
        #expect(StoredDate.parse(text) == nil)
        // What GRDB reads at all, `date` reads as GRDB does.
        if let expected = Date.fromDatabaseValue(text.databaseValue) {
            #expect(StoredDate.date(["at": text], "at") == expected)
        }
    }

    @Test func aTimestampIsLeftToGRDB() {
        let row: Row = ["at": 1_700_000_000.25]
        #expect(StoredDate.date(row, "at") == Date(timeIntervalSince1970: 1_700_000_000.25))
    }
}
