import CSV
import Foundation
import OrgCLI

/// Prints a command's rows in the `--output` format as they come, one at a time, so that a command reading
/// page after page streams: JSON as one array (or one object for a `single` row), ndjson one object a line,
/// CSV (RFC 4180, CRLF) after a header row. Only the table keeps its rows until `finish`, since its columns
/// are as wide as their widest cell; it goes through the sanitizer, as everything printed on a terminal.
final class RowWriter<Row: OutputRow> {
    private let format: OutputFormat
    private let rawCSV: Bool
    private let single: Bool
    private var table = TextTable(Row.columns.map { $0.uppercased() })
    private var written = 0
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    /// A writer for `options`; `single` prints JSON as the one object rather than an array.
    init(_ options: OutputOptions, single: Bool = false) {
        format = options.output
        rawCSV = options.rawCSV
        self.single = single
    }

    /// Prints `row` (the table only keeps it).
    func write(_ row: Row) throws {
        defer { written += 1 }
        switch format {
        case .table: table.add(row.cells)
        case .ndjson: emit(try json(row) + "\n")
        case .json: emit((single ? "" : written == 0 ? "[\n" : ",\n") + (try json(row)))
        case .csv:
            if written == 0 { emit(try csvLine(Row.columns)) }
            emit(try csvLine(rawCSV ? row.cells : row.cells.map(CSVCell.neutralized)))
        }
    }

    /// Prints `rows` and ends the output.
    func writeAll(_ rows: some Sequence<Row>) throws {
        for row in rows { try write(row) }
        finish()
    }

    /// Ends the output: closes the JSON array, prints the table (nothing when it has no rows).
    func finish() {
        switch format {
        case .table: if written > 0 { table.lines.forEach(Console.out) }
        case .json: emit(single ? (written > 0 ? "\n" : "") : written == 0 ? "[]\n" : "\n]\n")
        case .ndjson, .csv: break
        }
    }

    /// The row as one line of JSON. JSON escapes C0 controls; DEL and the C1 controls (which some terminals
    /// act on) are escaped here too, which JSON allows and which only occur inside strings.
    private func json(_ row: Row) throws -> String {
        var out = ""
        for scalar in String(decoding: try encoder.encode(row.wire), as: UTF8.self).unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                out += "\\u00" + String(scalar.value, radix: 16, uppercase: false)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One CSV record with its CRLF, written by CSV.swift (which quotes and doubles quotes as RFC 4180 says).
    private func csvLine(_ cells: [String]) throws -> String {
        let stream = OutputStream.toMemory()
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: cells)
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    private func emit(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
