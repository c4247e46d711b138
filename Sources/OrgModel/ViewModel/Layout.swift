/// The screen layout's fixed numbers, shared by `reduce` (how many rows are visible) and the renderer.
///
/// From top to bottom: a header of `headerRows` (title, then the query line and position), the column
/// titles, the body (the list's rows), the status line and the hint bar.
public enum Layout {
    /// The smallest terminal that orgtui draws into; below it the state is "too small".
    public static let minimumWidth = 60
    public static let minimumHeight = 16
    /// The title line and the query/position line.
    public static let headerRows = 2
    public static let columnTitleRows = 1
    public static let statusRows = 1
    public static let hintRows = 1
    /// Every row that is not the body.
    public static let chromeRows = headerRows + columnTitleRows + statusRows + hintRows

    /// The number of list rows visible in a terminal of `height` rows (at least 1).
    public static func bodyRows(height: Int) -> Int { max(1, height - chromeRows) }
}
