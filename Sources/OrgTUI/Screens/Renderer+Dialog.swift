import OrgCLI
import OrgModel

extension Renderer {
    /// A framed yes/no question over the screen below it; No is highlighted until the admin moves.
    func drawDialog(_ confirmation: Confirmation, into grid: inout Grid) {
        let width = min(grid.width - 4, 64)
        let text = confirmation.question.wrapped(toWidth: width - 4)
            + (confirmation.detail.map { [""] + $0.wrapped(toWidth: width - 4) } ?? [])
        let height = text.count + 4
        let left = (grid.width - width) / 2
        let top = max(Self.bodyTop, (statusRow(grid) - height) / 2)
        let horizontal = String(repeating: "─", count: width - 2)
        grid.put("┌" + horizontal + "┐", x: left, y: top)
        for row in 1..<(height - 1) {
            grid.clear(x: left, y: top + row, columns: width)
            grid.put("│", x: left, y: top + row)
            grid.put("│", x: left + width - 1, y: top + row)
        }
        grid.put("└" + horizontal + "┘", x: left, y: top + height - 1)
        for (offset, line) in text.enumerated() {
            grid.put(line, x: left + 2, y: top + 1 + offset, style: offset == 0 ? .title : .normal)
        }
        let no = "[ No ]", yes = "[ Yes ]"
        let buttons = left + (width - no.count - yes.count - 3) / 2
        grid.put(no, x: buttons, y: top + height - 2, style: confirmation.yesSelected ? .normal : .selected)
        grid.put(yes, x: buttons + no.count + 3, y: top + height - 2, style: confirmation.yesSelected ? .selected : .normal)
    }
}
