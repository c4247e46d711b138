import OrgText
import OrgModel

extension Renderer {
    /// The widest a dialog is drawn.
    static let dialogWidth = 64

    /// A framed yes/no question over the screen below it, in the layout's dialog box; No is highlighted
    /// until the admin moves.
    func drawDialog(_ confirmation: Confirmation, _ layout: Layout, into grid: inout Grid) {
        drawQuestion(
            confirmation.question, detail: confirmation.detail, yesSelected: confirmation.yesSelected, layout,
            into: &grid)
    }

    /// A framed yes/no `question`, with `detail` below it, over the screen; Yes highlighted when `yesSelected`.
    func drawQuestion(_ question: String, detail: String?, yesSelected: Bool, _ layout: Layout, into grid: inout Grid) {
        let width = min(layout.content.width - 4, Self.dialogWidth)
        let text =
            question.wrapped(toWidth: width - 4)
            + (detail.map { [""] + $0.wrapped(toWidth: width - 4) } ?? [])
        let box = layout.dialog(width: width, height: text.count + 4)
        drawBox(box, into: &grid)
        for (offset, line) in text.enumerated() {
            grid.put(line, x: box.x + 2, y: box.y + 1 + offset, style: offset == 0 ? .title : .normal)
        }
        let no = "[ No ]", yes = "[ Yes ]"
        let buttons = box.x + (box.width - no.count - yes.count - 3) / 2
        let answers = box.bottom - 2
        grid.put(no, x: buttons, y: answers, style: yesSelected ? .normal : .selected)
        grid.put(yes, x: buttons + no.count + 3, y: answers, style: yesSelected ? .selected : .normal)
        grid.target(Rect(x: buttons, y: answers, width: no.count, height: 1), .command(.deny))
        grid.target(Rect(x: buttons + no.count + 3, y: answers, width: yes.count, height: 1), .command(.confirm))
    }

    /// A frame around `box`, blank inside, which covers what lies below from the mouse.
    func drawBox(_ box: Rect, into grid: inout Grid) {
        grid.target(box, .nothing)
        let horizontal = String(repeating: "─", count: box.width - 2)
        grid.put("┌" + horizontal + "┐", x: box.x, y: box.y)
        for y in (box.y + 1)..<(box.bottom - 1) {
            grid.clear(x: box.x, y: y, columns: box.width)
            grid.put("│", x: box.x, y: y)
            grid.put("│", x: box.x + box.width - 1, y: y)
        }
        grid.put("└" + horizontal + "┘", x: box.x, y: box.bottom - 1)
    }
}
