import OrgText
import OrgModel

extension Renderer {
    /// The columns of the users table after the mark: name, email, roles, id.
    private static let titles = ["Name", "Email", "Roles", "ID"]
    private static let minimumWidths = [8, 8, 5, 6]
    /// The roles column is at least as wide as the usual widest label, so that the columns do not move
    /// (and every row is not redrawn) when the roles of the visible rows arrive.
    private static let usualRolesWidth = Set<Role>([.developer, .analyst]).label.count

    /// The users table with its query line, column titles and rows; the cursor when the query line is edited.
    func drawUsers(_ state: AppState, _ layout: Layout, into grid: inout Grid) -> Frame.Cursor? {
        let cursor = drawQueryLine(state, in: layout.titleLine, into: &grid)
        let rows = state.visibleRows
        grid.target(layout.body, .scroll)
        let changed = state.changedUserIDs
        let cells = rows.map { row -> [String] in
            guard let user = row.user else { return ["loading…", "", "", ""] }
            return [user.name, user.email, row.roles?.label ?? "…", user.id].map(Sanitizer.clean)
        }
        var natural = Self.titles.indices.map { column in cells.map { $0[column].displayWidth }.max() ?? 0 }
        natural[2] = max(natural[2], Self.usualRolesWidth)
        let widths = ColumnFit.widths(
            natural: zip(natural, Self.titles).map { max($0, $1.count) },
            minimum: Self.minimumWidths, total: layout.body.width - 2 - Self.titles.count)
        drawRow(Self.titles, mark: " ", widths: widths, in: layout.columnTitles, style: .title, into: &grid)
        for (offset, (row, text)) in zip(rows, cells).enumerated() {
            let line = Rect(x: layout.body.x, y: layout.body.y + offset, width: layout.body.width, height: 1)
            let style: Style =
                switch (row.isSelected, row.isMarked) {
                case (true, true): .selectedMarked
                case (true, false): .selected
                case (false, true): .marked
                case (false, false):
                    row.user == nil ? .dim : changed.contains(row.user!.id) ? .changed : .normal
                }
            drawRow(text, mark: row.isMarked ? "*" : " ", widths: widths, in: line, style: style, into: &grid)
            grid.target(line, .click(.row(state.users.top + offset)))
            if row.user != nil, row.roles == nil, !row.isSelected {
                grid.paint(x: line.x + 2 + widths[0] + widths[1] + 2, y: line.y, columns: widths[2], style: .dim)
            }
        }
        if state.users.count == 0 {
            grid.put(
                state.users.emptySentence ?? "No users yet. Press i to invite someone.", x: layout.body.x + 2,
                y: layout.body.y,
                style: .dim)
        }
        return cursor
    }

    /// One row of the table on `line`: the mark, then each cell cut to its column's width.
    private func drawRow(
        _ cells: [String], mark: String, widths: [Int], in line: Rect, style: Style,
        into grid: inout Grid
    ) {
        grid.clear(x: line.x, y: line.y, columns: line.width, style: style)
        var x = line.x + grid.put(mark, x: line.x, y: line.y, style: style) + 1
        for (text, width) in zip(cells, widths) {
            grid.put(text, x: x, y: line.y, limit: width, style: style)
            x += width + 1
        }
    }

    /// The line under the header: the search being typed (with its hint), or what is shown, how many of the
    /// organization's total when narrowed, and the marks; the position on the right.
    private func drawQueryLine(_ state: AppState, in area: Rect, into grid: inout Grid) -> Frame.Cursor? {
        let position = state.position
        let room = area.width - position.displayWidth - 2
        grid.put(position, x: area.x + area.width - position.displayWidth - 1, y: area.y, style: .title)
        let search = state.search
        if search.isEditing {
            let label = " Search: "
            let shown = Self.window(search.line, width: max(1, min(30, room - label.count - 1)) + 1)
            let end =
                grid.put(label, x: area.x, y: area.y, style: .title)
                + grid.put(shown.text, x: area.x + label.count, y: area.y)
            if let hint = search.hint {
                grid.put(hint, x: area.x + end + 2, y: area.y, limit: room - end - 2, style: .error)
            }
            return Frame.Cursor(x: area.x + label.count + shown.cursor, y: area.y)
        }
        var parts = [state.users.shownDescription]
        if let countOfTotal = state.users.countOfTotal { parts.append(countOfTotal) }
        if state.users.isNarrowed { parts[parts.count - 1] += " (Esc shows all)" }
        if !state.users.marks.isEmpty { parts.append("\(state.users.marks.count) marked") }
        grid.put(" " + parts.joined(separator: " · "), x: area.x, y: area.y, limit: room, style: .title)
        return nil
    }
}
