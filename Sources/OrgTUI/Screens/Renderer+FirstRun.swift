import OrgModel

extension Renderer {
    /// The first-run form in a `width` x `height` terminal, laid out like every other screen.
    func render(_ form: FirstRunForm, width: Int, height: Int) -> Frame {
        var grid = Grid(width: width, height: height)
        let layout = Layout(width: width, height: height)
        let body = layout.body
        drawHeader(" orgtui · first run", in: layout.header, into: &grid)
        drawTitle("Create a new local store", in: layout.titleLine, into: &grid)
        grid.put(
            "No store at \(form.path) yet. Fill this in to create it; you become its admin.",
            x: body.x + 2, y: body.y, limit: body.width - 4, style: .dim)
        let fields = Rect(x: body.x, y: body.y + 2, width: body.width, height: FirstRunForm.Field.allCases.count)
        let cursor = drawTextFields(
            FirstRunForm.Field.allCases.map {
                TextField(label: $0.label, line: form.line($0), focused: form.focus == $0, problem: form.problem($0))
            }, in: fields, into: &grid)
        // Why the store refused, or else the focused field's problem whole (beside the field it may be cut).
        if let message = form.error ?? form.problem(form.focus) {
            for (offset, line) in message.wrapped(toWidth: body.width - 4).prefix(3).enumerated() {
                grid.put(line, x: body.x + 2, y: fields.bottom + 1 + offset, style: .error)
            }
        }
        drawHints(Self.firstRunHints, in: layout.hints, into: &grid)
        return Frame(grid: grid, cursor: cursor)
    }

    /// The first-run form's keys (the form context's bindings, named for what they do here).
    private static let firstRunHints = [
        (key: "Tab", label: "Next field"), ("Enter", "Next, create on the last"), ("Esc", "Cancel"),
    ]
}
