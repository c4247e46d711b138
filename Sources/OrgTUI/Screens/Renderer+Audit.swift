import OrgText
import OrgModel

extension Renderer {
    /// The columns of the audit log: when, who, what, about whom, and the change.
    private static let auditTitles = ["Time", "Who", "Action", "Target", "Change"]
    private static let auditMinimumWidths = [16, 6, 9, 8, 10]
    /// The widest the columns before the change grow, so that the change keeps the most room.
    private static let auditMaximumWidths = [20, 20, 12, 24]
    /// Below this width the time shows the minute only (`2026-12-02 15:04`), leaving the change more room.
    private static let secondsWidth = 100

    /// The audit log screen: its title and position, the column titles and the visible entries, newest
    /// first; the columns before the change grow no wider than `auditMaximumWidths`, and the change has the rest.
    func drawAudit(_ log: AuditLog, _ state: AppState, _ layout: Layout, into grid: inout Grid) {
        let position = log.rows.position(bodyRows: state.bodyRows)
        let area = layout.titleLine
        grid.put(position, x: area.x + area.width - position.displayWidth - 1, y: area.y, style: .title)
        let title = log.user.map { "Audit log of \($0.name)" } ?? "Audit log"
        drawTitle(
            title, in: Rect(x: area.x, y: area.y, width: area.width - position.displayWidth - 2, height: 1), into: &grid
        )
        let rows = state.auditRows
        let cells = rows.map { row -> [String] in
            guard let record = row.record else { return ["loading…", "", "", "", ""] }
            let time = layout.body.width < Self.secondsWidth ? String(record.at.cliText.prefix(16)) : record.at.cliText
            return [time, row.actor, record.action, row.target, record.change].map(Sanitizer.clean)
        }
        let total = layout.body.width - 1 - Self.auditTitles.count
        let natural = Self.auditTitles.indices.map { column in
            let widest = max(Self.auditTitles[column].count, cells.map { $0[column].displayWidth }.max() ?? 0)
            return column < Self.auditMaximumWidths.count ? min(widest, Self.auditMaximumWidths[column]) : widest
        }
        // The change keeps up to two fifths of the row; the other columns share the rest, then it takes what
        // they leave.
        let reserved = min(natural[4], max(Self.auditMinimumWidths[4], total * 2 / 5))
        var widths = ColumnFit.widths(
            natural: Array(natural.prefix(4)), minimum: Array(Self.auditMinimumWidths.prefix(4)),
            total: total - reserved)
        widths.append(max(0, total - widths.reduce(0, +)))
        drawAuditRow(Self.auditTitles, widths: widths, in: layout.columnTitles, style: .title, into: &grid)
        for (offset, (row, text)) in zip(rows, cells).enumerated() {
            let line = Rect(x: layout.body.x, y: layout.body.y + offset, width: layout.body.width, height: 1)
            let style: Style = row.isSelected ? .selected : row.record == nil ? .dim : .normal
            drawAuditRow(text, widths: widths, in: line, style: style, into: &grid)
        }
        if log.rows.count == 0 {
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
