import OrgModel

/// A region of the screen and what a click there means, marked by the renderer as it draws the region, so
/// that a click finds what is shown.
struct ClickTarget: Hashable, Sendable {
    /// What a click does.
    enum Action: Hashable, Sendable {
        /// Presses this key, as typed (a key in the hint bar).
        case key(Key)
        /// Gives this command (a role in the role editor toggles it).
        case command(Command)
        /// Tells the view model (a row of a list, a field of a form).
        case click(Click)
        /// The wheel moves the selection here, as Up and Down do.
        case scroll
        /// Covers what lies below (a dialog's box): a click or the wheel here does nothing.
        case nothing
    }

    var area: Rect
    var action: Action

    /// Whether the cell at column `x` of row `y` is in the region.
    func contains(x: Int, y: Int) -> Bool {
        (area.x..<(area.x + area.width)).contains(x) && (area.y..<area.bottom).contains(y)
    }
}
