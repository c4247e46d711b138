/// One terminal cell: a character cluster, the columns it takes, and its semantic style.
///
/// A two-column character is stored in its first cell with width 2; the cell after it is a
/// continuation with an empty `text` and width 0.
struct Cell: Hashable, Sendable {
    var text: String
    var width: Int
    var style: Style

    /// An empty (space) cell.
    static func blank(_ style: Style = .normal) -> Cell { Cell(text: " ", width: 1, style: style) }
}
