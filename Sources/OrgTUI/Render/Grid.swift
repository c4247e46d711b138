import OrgText

/// A plain width x height grid of cells that screens render into; it never touches the terminal.
/// Tests compare its `lines` as text; `Curses` copies it to the screen.
///
/// Every string written passes `Sanitizer.clean` first, so nothing written here can control the terminal.
struct Grid: Hashable, Sendable {
    let width: Int
    let height: Int
    private(set) var cells: [Cell]
    /// What a click means where the screens drew it, the last marked on top (`Grid+Targets.swift`).
    var targets: [ClickTarget] = []

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(), count: self.width * self.height)
    }

    /// The cell at column `x` of row `y`.
    subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// The cells of row `y`.
    func row(_ y: Int) -> ArraySlice<Cell> { cells[(y * width)..<((y + 1) * width)] }

    /// The text of each row, trailing spaces removed.
    var lines: [String] {
        (0..<height).map { y in
            var line = row(y).map(\.text).joined()
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Writes `text` (sanitized, cut with "…" to `limit` columns and to the grid's edge) at column `x`
    /// of row `y`, and returns the columns written. A character of n columns takes n cells, as the
    /// terminal draws it: its text in the first and empty continuations after it.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let room = min(limit ?? width, width - x)
        var column = x
        for character in Sanitizer.clean(text).cut(toWidth: room) {
            let w = max(1, character.displayWidth)
            for covered in column..<(column + w) { release(covered, y) }
            cells[y * width + column] = Cell(text: String(character), width: w, style: style)
            for continuation in 1..<w {
                cells[y * width + column + continuation] = Cell(text: "", width: 0, style: style)
            }
            column += w
        }
        return column - x
    }

    /// Gives `columns` cells of row `y` from column `x` the style `style`, keeping their text.
    mutating func paint(x: Int = 0, y: Int, columns: Int? = nil, style: Style) {
        guard y >= 0, y < height else { return }
        let end = min(width, x + (columns ?? width))
        for column in max(0, x)..<max(max(0, x), end) { cells[y * width + column].style = style }
    }

    /// Blanks `columns` cells of row `y` from column `x` with `style`.
    mutating func clear(x: Int = 0, y: Int, columns: Int? = nil, style: Style = .normal) {
        guard y >= 0, y < height else { return }
        let end = min(width, x + (columns ?? width))
        for column in max(0, x)..<max(max(0, x), end) {
            release(column, y)
            cells[y * width + column] = .blank(style)
        }
    }

    /// Blanks the whole of the character of several cells that covers column `x` of row `y`, if any.
    private mutating func release(_ x: Int, _ y: Int) {
        let rowStart = y * width
        var start = rowStart + x
        guard cells[start].width != 1 else { return }
        while start > rowStart, cells[start].width == 0 { start -= 1 }
        for blank in start..<min(rowStart + width, start + max(1, cells[start].width)) {
            cells[blank] = .blank(cells[blank].style)
        }
    }
}
