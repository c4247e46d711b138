import Foundation

/// `--report FILE`: one CSV row per record of the import file (`line`, `email`, `outcome`, `reason`), in the
/// file's order, with a header row. Cells that a spreadsheet would run as a formula are neutralized
/// (`CSVCell`) unless `raw`.
enum ImportReport {
    /// One record's line in the report.
    struct Entry {
        var line: Int
        var email: String
        var outcome: String
        var reason: String
    }

    /// Writes `entries`, sorted by line, to `path`, as `CSVRecord`s like every CSV that orgtui writes.
    static func write(_ entries: [Entry], to path: String, raw: Bool) throws {
        var text: [UInt8] = []
        CSVRecord.append(["line", "email", "outcome", "reason"], to: &text)
        for entry in entries.sorted(by: { $0.line < $1.line }) {
            let cells = [String(entry.line), entry.email, entry.outcome, entry.reason]
            CSVRecord.append(raw ? cells : cells.map(CSVCell.neutralized), to: &text)
        }
        try Data(text).write(to: URL(fileURLWithPath: path))
    }
}
