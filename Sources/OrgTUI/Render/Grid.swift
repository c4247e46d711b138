import OrgCLI

/// A plain width x height grid of cells that screens render into; it never touches the terminal.
/// Tests compare its `lines` as text; `Curses` copies it to the screen.
///
/// Every string written passes `Sanitizer.clean` first, so nothing written here can control the terminal.
struct Grid: Hashable, Sendable {
    let width: Int
    let height: Int
    private(set) var cells: [Cell]

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
    /// of row `y`, and returns the columns written.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let room = min(limit ?? width, width - x)
        var column = x
        for character in Sanitizer.clean(text).cut(toWidth: room) {
            let w = max(1, character.displayWidth)
            set(column, y, Cell(text: String(character), width: w, style: style))
            if w == 2 { set(column + 1, y, Cell(text: "", width: 0, style: style)) }
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
        for column in max(0, x)..<max(max(0, x), end) { set(column, y, .blank(style)) }
    }

    /// Sets one cell; overwriting half of a wide character blanks its other half.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let index = y * width + x
        if cells[index].width == 2, x + 1 < width { cells[index + 1] = .blank(cells[index].style) }
        if cells[index].width == 0, x > 0, cells[index - 1].width == 2 { cells[index - 1] = .blank(cells[index - 1].style) }
        cells[index] = cell
    }
}
