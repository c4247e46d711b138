import Foundation
import OrgText

/// Prints a command's rows in the `--output` format as they come, so that a command reading page after page
/// streams: JSON as one array (or one object for a `single` row), ndjson one object a line, CSV (RFC 4180,
/// CRLF) after a header row. The bytes wait in a buffer that is written out whenever it holds `chunkSize`,
/// at each `flush` (a command calls it after each page) and at `finish`: a million rows are a few hundred
/// writes, not a million. Only the table keeps its rows until `finish`, since its columns are as wide as
/// their widest cell; it goes through the sanitizer, as everything printed on a terminal.
///
/// Nothing a backend sent reaches a terminal as a control: JSON and ndjson escape what the sanitizer would
/// (`SafeJSON`, which parses back to the same strings), and CSV's cells pass the sanitizer when the output
/// is a terminal; to a file or a pipe, CSV is the data as it is.
final class RowWriter<Row: OutputRow> {
    /// The buffer is written out once it holds this many bytes.
    static var chunkSize: Int { 64 * 1_024 }

    private let format: OutputFormat
    private let rawCSV: Bool
    private let isTerminal: Bool
    private let single: Bool
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var table = TextTable(Row.tableColumns.map { $0.uppercased() })
    private var written = 0
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    /// A writer for `options` to `descriptor` (standard output unless a test says otherwise); `single` prints
    /// JSON as the one object rather than an array.
    init(_ options: OutputOptions, single: Bool = false, descriptor: Int32 = STDOUT_FILENO) {
        format = options.output
        rawCSV = options.rawCSV
        isTerminal = isatty(descriptor) == 1
        self.single = single
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.chunkSize + 4_096)
    }

    /// Prints `row` (the table only keeps it).
    func write(_ row: Row) throws {
        defer { written += 1 }
        switch format {
        case .table: table.add(row.tableCells)
        case .ndjson:
            try appendJSON(row)
            buffer.append(UInt8(ascii: "\n"))
        case .json:
            buffer.append(contentsOf: (single ? "" : written == 0 ? "[\n" : ",\n").utf8)
            try appendJSON(row)
        case .csv:
            if written == 0 { CSVRecord.append(Row.columns, to: &buffer) }
            let cells = rawCSV ? row.cells : row.cells.map(CSVCell.neutralized)
            CSVRecord.append(isTerminal ? cells.map(Sanitizer.clean) : cells, to: &buffer)
        }
        if buffer.count >= Self.chunkSize { flush() }
    }

    /// Prints `rows` and ends the output.
    func writeAll(_ rows: some Sequence<Row>) throws {
        for row in rows { try write(row) }
        finish()
    }

    /// Writes out what the buffer holds.
    func flush() {
        var sent = 0
        while sent < buffer.count {
            let count = buffer[sent...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                sent += count
            } else if count < 0, errno != EINTR {
                break
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Ends the output: closes the JSON array, prints the table (nothing when it has no rows), and flushes.
    func finish() {
        switch format {
        case .table: if written > 0 { table.lines.forEach(Console.out) }
        case .json:
            buffer.append(contentsOf: (single ? (written > 0 ? "\n" : "") : written == 0 ? "[]\n" : "\n]\n").utf8)
        case .ndjson, .csv: break
        }
        flush()
    }

    /// The row as one line of JSON, safe on a terminal.
    private func appendJSON(_ row: Row) throws {
        SafeJSON.append(try encoder.encode(row.wire), to: &buffer)
    }
}
