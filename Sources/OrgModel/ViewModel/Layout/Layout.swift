/// Where everything goes on a terminal of one size, computed once per frame: `reduce` takes the number
/// of visible list rows from it and the renderer draws into its regions, so the two cannot disagree.
///
/// From top to bottom, every region one row high but the body: the `header`, the `titleLine` (a
/// screen's title, or the users table's query line and position), the `columnTitles`, the `body` (the
/// list's rows), the `status` line and the `hints` bar. Screens without a table leave the column-titles
/// row blank and draw into the body; the help screen scrolls through `content`, the two together.
public struct Layout: Hashable, Sendable {
    /// The smallest terminal that orgtui draws into; below it the state is "too small".
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    /// The organization, who is signed in, the backend.
    public let header: Rect
    /// A screen's title, or the users table's query line and position.
    public let titleLine: Rect
    /// The users table's column titles; blank on other screens.
    public let columnTitles: Rect
    /// The list's rows (at least 1), and where the screens without a table start.
    public let body: Rect
    /// The status line.
    public let status: Rect
    /// The key hint bar.
    public let hints: Rect
    /// The column titles and the body together: every row between the title line and the status line.
    public let content: Rect

    /// The regions of a terminal of `width` x `height` cells.
    public init(width: Int, height: Int) {
        func line(_ y: Int) -> Rect { Rect(x: 0, y: y, width: width, height: 1) }
        header = line(0)
        titleLine = line(header.bottom)
        columnTitles = line(titleLine.bottom)
        hints = line(height - 1)
        status = line(hints.y - 1)
        body = Rect(x: 0, y: columnTitles.bottom, width: width, height: max(1, status.y - columnTitles.bottom))
        content = Rect(x: 0, y: columnTitles.y, width: width, height: max(0, status.y - columnTitles.y))
    }

    /// A box of `width` x `height` cells centred across the terminal and in the rows above the status
    /// line, but never over the header and title line.
    public func dialog(width: Int, height: Int) -> Rect {
        Rect(x: (content.width - width) / 2, y: max(content.y, (status.y - height) / 2), width: width, height: height)
    }
}
