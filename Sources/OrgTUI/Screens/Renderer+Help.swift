import OrgModel

extension Renderer {
    /// The key table's help in `area`, scrolled by `scroll` lines (clamped to the end).
    func drawHelp(scroll: Int, in area: Rect, into grid: inout Grid) {
        let lines = keyMap.helpLines
        let first = max(0, min(scroll, lines.count - area.height))
        for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            grid.put(line, x: area.x + 1, y: area.y + offset, style: line.hasPrefix(" ") ? .normal : .title)
        }
    }
}
