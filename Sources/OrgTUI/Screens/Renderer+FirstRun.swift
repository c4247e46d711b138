extension Renderer {
    /// The first-run form in a `width` x `height` terminal.
    func render(_ form: FirstRunForm, width: Int, height: Int) -> Frame {
        var grid = Grid(width: width, height: height)
        grid.clear(y: 0, style: .header)
        grid.put(" orgtui · first run", x: 0, y: 0, style: .header)
        grid.put(" Create a new local store", x: 0, y: 1, style: .title)
        grid.put("No store at \(form.path) yet. Fill this in to create it; you become its admin.",
                 x: 2, y: Self.bodyTop + 1, limit: width - 4, style: .dim)
        let cursor = drawTextFields(FirstRunForm.Field.allCases.map {
            TextField(label: $0.label, text: form.value($0), focused: form.focus == $0, problem: form.problem($0))
        }, top: Self.bodyTop + 3, into: &grid)
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
