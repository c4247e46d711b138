extension Renderer {
    /// The first-run form in a `width` x `height` terminal.
    func render(_ form: FirstRunForm, width: Int, height: Int) -> Frame {
        var grid = Grid(width: width, height: height)
        grid.clear(y: 0, style: .header)
        grid.put(" orgtui · first run", x: 0, y: 0, style: .header)
        grid.put(" Create a new local store", x: 0, y: 1, style: .title)
        grid.put("No store at \(form.path) yet. Fill this in to create it; you become its admin.",
                 x: 2, y: Self.bodyTop + 1, limit: width - 4, style: .dim)
        var cursor: Frame.Cursor?
        for field in FirstRunForm.Field.allCases {
            let y = Self.bodyTop + 3 + field.rawValue
            let end = drawTextField(field.label, form.value(field), focused: form.focus == field,
                                    problem: form.problem(field), y: y, into: &grid)
            if form.focus == field { cursor = Frame.Cursor(x: end, y: y) }
        }
        if let error = form.error {
            grid.put(error, x: 2, y: Self.bodyTop + 8, limit: width - 4, style: .error)
        }
        grid.clear(y: height - 1, style: .hint)
        var x = 0
        for (key, label) in [("Tab", "Next field"), ("Enter", "Create"), ("Esc", "Cancel")] {
            x += grid.put(key, x: x, y: height - 1, style: .hintKey)
            x += grid.put(" " + label + "  ", x: x, y: height - 1, style: .hint)
        }
        return Frame(grid: grid, cursor: cursor)
    }
}
