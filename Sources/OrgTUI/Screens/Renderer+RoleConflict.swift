import OrgText
import OrgModel

extension Renderer {
    /// The role conflict dialog over the editor: the roles when you opened it, now, and yours, your
    /// change, and the three answers with the set each saves; the highlighted answer is marked.
    func drawRoleConflict(_ conflict: RoleConflict, _ layout: Layout, into grid: inout Grid) {
        let width = min(layout.content.width - 4, Self.dialogWidth)
        let label = { (text: String) in text.padding(toLength: 20, withPad: " ", startingAt: 0) }
        let sets = [
            label("When you opened it:") + conflict.opened.label,
            label("Now:") + conflict.now.label,
            label("Yours:") + conflict.yours.label,
            label("Your change:") + conflict.change,
        ]
        let answers: [(RoleConflict.Answer, String)] = [
            (.applyOnTop, "a  Apply mine on top: \(conflict.onTop.label)"),
            (.overwrite, "o  Overwrite with mine: \(conflict.yours.label)"),
            (.cancel, "c  Cancel: keep \(conflict.now.label)"),
        ]
        let box = layout.dialog(width: width, height: sets.count + answers.count + 5)
        drawBox(box, into: &grid)
        let x = box.x + 2, limit = box.width - 4
        grid.put("Changed meanwhile: \(conflict.user.name)", x: x, y: box.y + 1, limit: limit, style: .title)
        for (offset, line) in sets.enumerated() {
            grid.put(line, x: x, y: box.y + 3 + offset, limit: limit)
        }
        let top = box.y + 4 + sets.count
        for (offset, (answer, line)) in answers.enumerated() {
            let highlighted = answer == conflict.highlighted
            grid.put(
                (highlighted ? "> " : "  ") + line, x: x, y: top + offset, limit: limit,
                style: highlighted ? .selected : .normal)
        }
    }
}
