/// One CSV record as RFC 4180 writes it: cells separated by commas and ended by CRLF; a cell that holds a
/// comma, a double quote, CR or LF is quoted, its quotes doubled. Written byte by byte into the caller's
/// buffer, since `users list --all` writes a million of them.
enum CSVRecord {
    /// Appends the record of `cells`, with its CRLF, to `buffer`.
    static func append(_ cells: [String], to buffer: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            var cell = cell
            cell.withUTF8 { bytes in
                guard bytes.contains(where: needsQuotes) else { return buffer.append(contentsOf: bytes) }
                buffer.append(quote)
                for byte in bytes {
                    if byte == quote { buffer.append(quote) }
                    buffer.append(byte)
                }
                buffer.append(quote)
            }
        }
        buffer.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }

    private static let quote = UInt8(ascii: "\"")

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == quote || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }
}
