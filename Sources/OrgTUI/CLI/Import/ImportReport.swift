import CSV
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

    /// Writes `entries`, sorted by line, to `path`.
    static func write(_ entries: [Entry], to path: String, raw: Bool) throws {
        guard let stream = OutputStream(toFileAtPath: path, append: false) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        defer { writer.stream.close() }
        try writer.write(row: ["line", "email", "outcome", "reason"])
        for entry in entries.sorted(by: { $0.line < $1.line }) {
            let cells = [String(entry.line), entry.email, entry.outcome, entry.reason]
            try writer.write(row: raw ? cells : cells.map(CSVCell.neutralized))
        }
    }
}
