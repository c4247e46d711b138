import OrgModel

extension Grid {
    /// Marks `area` as meaning `action` to a click.
    mutating func target(_ area: Rect, _ action: ClickTarget.Action) {
        targets.append(ClickTarget(area: area, action: action))
    }

    /// What a press at column `x` of row `y` means: the last target marked there, the wheel's aside.
    func action(atX x: Int, y: Int) -> ClickTarget.Action? {
        targets.last { $0.action != .scroll && $0.contains(x: x, y: y) }?.action
    }

    /// Whether the wheel moves the selection at column `x` of row `y`: a list is there, not covered since.
    func scrolls(atX x: Int, y: Int) -> Bool {
        targets.last { [.scroll, .nothing].contains($0.action) && $0.contains(x: x, y: y) }?.action == .scroll
    }
}
