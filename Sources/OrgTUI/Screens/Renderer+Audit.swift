import OrgCLI
import OrgModel

extension Renderer {
    /// The columns of the audit log: when, who, what, about whom, and the change.
    private static let auditTitles = ["Time", "Who", "Action", "Target", "Change"]
    /// A time cut to 16 cells still shows the minute (`2026-12-02 15:04`).
    private static let auditMinimumWidths = [16, 6, 6, 6, 10]

    /// The audit log screen: its title and position, the column titles and the visible entries, newest
    /// first; the change column takes what the others leave.
    func drawAudit(_ log: AuditLog, _ state: AppState, _ layout: Layout, into grid: inout Grid) {
        let position = log.position(bodyRows: state.bodyRows)
        let area = layout.titleLine
        grid.put(position, x: area.x + area.width - position.displayWidth - 1, y: area.y, style: .title)
        let title = log.user.map { "Audit log of \($0.name)" } ?? "Audit log"
        drawTitle(
            title, in: Rect(x: area.x, y: area.y, width: area.width - position.displayWidth - 2, height: 1), into: &grid
        )
        let rows = state.auditRows
        let cells = rows.map { row -> [String] in
            guard let record = row.record else { return ["loading…", "", "", "", ""] }
            return [record.at.cliText, row.actor, record.action, row.target, record.change].map(Sanitizer.clean)
        }
        let total = layout.body.width - 1 - Self.auditTitles.count
        var natural = Self.auditTitles.indices.map { column in
            max(Self.auditTitles[column].count, cells.map { $0[column].displayWidth }.max() ?? 0)
        }
        natural[4] = max(natural[4], total)
        let widths = ColumnFit.widths(natural: natural, minimum: Self.auditMinimumWidths, total: total)
        drawAuditRow(Self.auditTitles, widths: widths, in: layout.columnTitles, style: .title, into: &grid)
        for (offset, (row, text)) in zip(rows, cells).enumerated() {
            let line = Rect(x: layout.body.x, y: layout.body.y + offset, width: layout.body.width, height: 1)
            let style: Style = row.isSelected ? .selected : row.record == nil ? .dim : .normal
            drawAuditRow(text, widths: widths, in: line, style: style, into: &grid)
        }
        if log.count == 0 {
            let what = log.user.map { "Nothing recorded about \($0.name) yet." } ?? "Nothing recorded yet."
            grid.put(what, x: layout.body.x + 1, y: layout.body.y, limit: layout.body.width - 1, style: .dim)
        }
    }

    /// One row of the log on `line`, each cell cut to its column's width.
    private func drawAuditRow(_ cells: [String], widths: [Int], in line: Rect, style: Style, into grid: inout Grid) {
        grid.clear(x: line.x, y: line.y, columns: line.width, style: style)
        var x = line.x + 1
        for (text, width) in zip(cells, widths) {
            grid.put(text, x: x, y: line.y, limit: width, style: style)
            x += width + 1
        }
    }
}
