import OrgModel

extension Renderer {
    /// The first-run form in a `width` x `height` terminal, laid out like every other screen.
    func render(_ form: FirstRunForm, width: Int, height: Int) -> Frame {
        var grid = Grid(width: width, height: height)
        let layout = Layout(width: width, height: height)
        let body = layout.body
        grid.clear(x: layout.header.x, y: layout.header.y, columns: layout.header.width, style: .header)
        grid.put(" orgtui · first run", x: layout.header.x, y: layout.header.y, style: .header)
        drawTitle("Create a new local store", in: layout.titleLine, into: &grid)
        grid.put("No store at \(form.path) yet. Fill this in to create it; you become its admin.",
                 x: body.x + 2, y: body.y, limit: body.width - 4, style: .dim)
        let fields = Rect(x: body.x, y: body.y + 2, width: body.width, height: FirstRunForm.Field.allCases.count)
        let cursor = drawTextFields(FirstRunForm.Field.allCases.map {
            TextField(label: $0.label, text: form.value($0), focused: form.focus == $0, problem: form.problem($0))
        }, in: fields, into: &grid)
        if let error = form.error {
            grid.put(error, x: body.x + 2, y: fields.bottom + 1, limit: body.width - 4, style: .error)
        }
        let hints = layout.hints
        grid.clear(x: hints.x, y: hints.y, columns: hints.width, style: .hint)
        var x = hints.x
        for (key, label) in [("Tab", "Next field"), ("Enter", "Create"), ("Esc", "Cancel")] {
            x += grid.put(key, x: x, y: hints.y, style: .hintKey)
            x += grid.put(" " + label + "  ", x: x, y: hints.y, style: .hint)
        }
        return Frame(grid: grid, cursor: cursor)
    }
}
