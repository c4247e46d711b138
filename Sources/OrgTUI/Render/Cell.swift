/// One terminal cell: a character cluster, the columns it takes, and its semantic style.
///
/// A character of n columns (2 for a wide one) is stored in its first cell with width n; each of the
/// n - 1 cells after it is a continuation with an empty `text` and width 0.
struct Cell: Hashable, Sendable {
    var text: String
    var width: Int
    var style: Style

    /// An empty (space) cell.
    static func blank(_ style: Style = .normal) -> Cell { Cell(text: " ", width: 1, style: style) }
}
