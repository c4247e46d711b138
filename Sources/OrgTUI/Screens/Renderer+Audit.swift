import OrgText
import OrgModel

extension Renderer {
    /// The columns of the audit log: when, who, what, about whom, and the change.
    private static let auditTitles = ["Time", "Who", "Action", "Target", "Change"]
    /// The least the columns after the time shrink to.
    private static let auditMinimumWidths = [6, 9, 8, 10]
    /// The widest the columns between the time and the change grow, so that the change keeps the most room.
    private static let auditMaximumWidths = [20, 12, 24]
    /// The widths of a time's forms, longest first (`timeText`).
    private static let timeWidths = [20, 17, 12]

    /// A time in UTC in the form `width` wide: `2026-12-02 15:04:05Z` (20), `2026-12-02 15:04Z` (17) or
    /// `12-02 15:04Z` (12); `cliText` is the first. The invitations screen writes its times so too.
    static func timeText(_ cliText: String, width: Int) -> String {
        switch width {
        case 20...: cliText
        case 17..<20: String(cliText.prefix(16)) + "Z"
        default: String(cliText.dropFirst(5).prefix(11)) + "Z"
        }
    }

    /// The audit log screen: its title and position, the column titles and the visible entries, newest
    /// first; or, once Enter opened one, that entry in full. The time is never cut: it takes the longest form
    /// that fits in a quarter of the row. The columns after it grow no wider than `auditMaximumWidths`, and
    /// the change has the rest.
    func drawAudit(_ log: AuditLog, _ state: AppState, _ layout: Layout, into grid: inout Grid) {
        if log.isEntryOpen { return drawAuditEntry(log, state, layout, into: &grid) }
        grid.target(layout.body, .scroll)
        let position = log.rows.position(bodyRows: state.bodyRows)
        let area = layout.titleLine
        grid.put(position, x: area.x + area.width - position.displayWidth - 1, y: area.y, style: .title)
        let title = log.user.map { "Audit log of \($0.name)" } ?? "Audit log"
        drawTitle(
            title, in: Rect(x: area.x, y: area.y, width: area.width - position.displayWidth - 2, height: 1), into: &grid
        )
        let total = layout.body.width - 1 - Self.auditTitles.count
        let timeWidth = Self.timeWidths.first { $0 <= total / 4 } ?? Self.timeWidths[Self.timeWidths.count - 1]
        let rows = state.auditRows
        let cells = rows.map { row -> [String] in
            guard let record = row.record else { return ["loading…", "", "", "", ""] }
            return [
                Self.timeText(record.at.cliText, width: timeWidth), row.actor, record.action, row.target, record.change,
            ].map(
                Sanitizer.clean)
        }
        let natural = (1..<Self.auditTitles.count).map { column in
            let widest = max(Self.auditTitles[column].count, cells.map { $0[column].displayWidth }.max() ?? 0)
            return column <= Self.auditMaximumWidths.count ? min(widest, Self.auditMaximumWidths[column - 1]) : widest
        }
        // The change keeps up to two fifths of the row; the other columns share the rest, then it takes what
        // they leave.
        let rest = total - timeWidth
        let reserved = min(natural[3], max(Self.auditMinimumWidths[3], total * 2 / 5))
        var widths =
            [timeWidth]
            + ColumnFit.widths(
                natural: Array(natural.prefix(3)), minimum: Array(Self.auditMinimumWidths.prefix(3)),
                total: rest - reserved)
        widths.append(max(0, total - widths.reduce(0, +)))
        drawTableRow(Self.auditTitles, widths: widths, in: layout.columnTitles, style: .title, into: &grid)
        for (offset, (row, text)) in zip(rows, cells).enumerated() {
            let line = Rect(x: layout.body.x, y: layout.body.y + offset, width: layout.body.width, height: 1)
            let style: Style = row.isSelected ? .selected : row.record == nil ? .dim : .normal
            drawTableRow(text, widths: widths, in: line, style: style, into: &grid)
        }
        if log.rows.count == 0 {
            let what = log.user.map { "Nothing recorded about \($0.name) yet." } ?? "Nothing recorded yet."
            grid.put(what, x: layout.body.x + 1, y: layout.body.y, limit: layout.body.width - 1, style: .dim)
        }
    }

    /// One row of a table (the audit log, the invitations) on `line`, each cell cut to its column's width.
    func drawTableRow(_ cells: [String], widths: [Int], in line: Rect, style: Style, into grid: inout Grid) {
        grid.clear(x: line.x, y: line.y, columns: line.width, style: style)
        var x = line.x + 1
        for (text, width) in zip(cells, widths) {
            grid.put(text, x: x, y: line.y, limit: width, style: style)
            x += width + 1
        }
    }
}
