/// Something a command prints as one row: its cells under `columns` (for table and CSV), and its wire
/// form, whose Codable gives the API's field names (for JSON and ndjson).
protocol OutputRow {
    associatedtype Wire: Encodable
    /// The column names, the API's field names, in the order the cells come.
    static var columns: [String] { get }
    /// The row's text, unescaped: the table sanitizes it and CSV neutralizes it.
    var cells: [String] { get }
    /// The API's form of the row.
    var wire: Wire { get }
    /// The column names of the table a person reads, when it shows other columns than CSV (`columns` by default).
    static var tableColumns: [String] { get }
    /// The row's text in the table, under `tableColumns` (`cells` by default).
    var tableCells: [String] { get }
}

extension OutputRow {
    static var tableColumns: [String] { columns }
    var tableCells: [String] { cells }
}
