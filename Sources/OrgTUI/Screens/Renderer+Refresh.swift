import OrgModel

extension Renderer {
    /// What a screen about one user says, at the right of the title line, when a refresh found that user
    /// changed (or gone) by someone else: the screen itself keeps what it showed.
    static let changedNotice = "Changed by someone else"

    /// Puts `changedNotice` at the right of `area`.
    func drawChangedNotice(in area: Rect, into grid: inout Grid) {
        let text = Self.changedNotice + " "
        grid.put(text, x: max(area.x, area.x + area.width - text.count), y: area.y, style: .changed)
    }
}
