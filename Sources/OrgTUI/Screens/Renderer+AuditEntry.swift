import OrgText
import OrgModel

extension Renderer {
    /// The audit log's highlighted entry in full: every field, each value wrapped beside its label, the
    /// fields before and after the change one per line.
    func drawAuditEntry(_ log: AuditLog, _ state: AppState, _ layout: Layout, into grid: inout Grid) {
        drawTitle("Audit entry \(log.entryPosition)", in: layout.titleLine, into: &grid)
        let area = layout.content
        guard let row = state.auditRows.first(where: \.isSelected), let record = row.record else {
            grid.put(" Loading…", x: area.x, y: area.y, limit: area.width, style: .dim)
            return
        }
        func fields(_ values: [String: String]?, absent: String) -> [String] {
            guard let values else { return [absent] }
            return values.isEmpty ? ["(no fields)"] : values.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        }
        let entries: [(label: String, values: [String])] = [
            ("Time", [record.at.cliText]),
            ("Who", [row.actorInFull]),
            ("Action", [record.action]),
            ("Target", [row.targetInFull]),
            ("Change", [record.change]),
            ("Before", fields(record.before, absent: "(did not exist)")),
            ("After", fields(record.after, absent: "(no longer exists)")),
        ]
        let labelWidth = entries.map(\.label.count).max()! + 2
        var lines: [(label: String, text: String)] = []
        for entry in entries {
            let wrapped = entry.values.flatMap { Sanitizer.clean($0).wrapped(toWidth: area.width - labelWidth - 3) }
            lines += wrapped.enumerated().map { ($0.offset == 0 ? entry.label : "", $0.element) }
        }
        for (offset, line) in lines.prefix(area.height).enumerated() {
            let cut = offset == area.height - 1 && lines.count > area.height
            grid.put(line.label, x: area.x + 2, y: area.y + offset, style: .dim)
            grid.put(
                cut ? String(line.text.dropLast()) + "…" : line.text, x: area.x + 2 + labelWidth, y: area.y + offset,
                limit: area.width - 3 - labelWidth)
        }
    }
}
