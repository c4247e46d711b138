/// A plain-text table for the command line: a header row, then one row per item, each column as wide as
/// its widest cell (at most `maxCellWidth`). Every cell passes the `Sanitizer`, so text from a store
/// never reaches the terminal raw.
public struct TextTable {
    /// The widest a cell is printed; longer text is cut with "…".
    static let maxCellWidth = 60

    private let headers: [String]
    private var rows: [[String]] = []

    /// A table with these column headers and no rows yet.
    public init(_ headers: String...) {
        self.init(headers)
    }

    /// A table with these column headers and no rows yet.
    public init(_ headers: [String]) {
        self.headers = headers
    }

    /// Appends a row; missing cells are blank.
    public mutating func add(_ cells: String...) {
        add(cells)
    }

    /// Appends a row; missing cells are blank.
    public mutating func add(_ cells: [String]) {
        rows.append(cells.map { Sanitizer.clean($0).cut(toWidth: Self.maxCellWidth) })
    }

    /// The table as lines of text, without trailing spaces.
    public var lines: [String] {
        let all = [headers] + rows
        let widths = headers.indices.map { column in
            all.map { column < $0.count ? $0[column].displayWidth : 0 }.max() ?? 0
        }
        return all.map { row in
            headers.indices.map { column in
                (column < row.count ? row[column] : "").fit(toWidth: widths[column])
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces
        }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
