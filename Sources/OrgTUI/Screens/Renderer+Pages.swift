import Foundation
import OrgCLI
import OrgModel

extension Renderer {
    /// Labeled values, one per line from the body's top: `Name    Ada Lovelace`.
    func drawFields(_ fields: [(label: String, value: String, style: Style)], from top: Int = bodyTop + 1,
                    into grid: inout Grid) {
        let labelWidth = (fields.map(\.label.count).max() ?? 0) + 2
        for (offset, field) in fields.enumerated() {
            grid.put(field.label, x: 2, y: top + offset, style: .dim)
            grid.put(field.value, x: 2 + labelWidth, y: top + offset, limit: grid.width - 3 - labelWidth, style: field.style)
        }
    }

    /// One user: name, email, id and roles (or that they are loading).
    func drawDetails(_ user: User, roles: Set<Role>?, into grid: inout Grid) {
        drawFields([
            ("Name", user.name, .normal),
            ("Email", user.email, .normal),
            ("ID", user.id, .normal),
            ("Roles", roles.map { $0.isEmpty ? "none" : $0.ordered.map(\.rawValue).joined(separator: ", ") } ?? "loading…",
             roles == nil ? .dim : .normal),
        ], into: &grid)
    }

    /// The signed-in user, and why the profile cannot be edited when that is known.
    func drawProfile(_ state: AppState, into grid: inout Grid) {
        guard let me = state.me else {
            grid.put("Loading…", x: 2, y: Self.bodyTop + 1, style: .dim)
            return
        }
        drawDetails(me.user, roles: me.roles, into: &grid)
        if let reason = state.profileLockedReason {
            for (offset, line) in reason.wrapped(toWidth: grid.width - 4).enumerated() {
                grid.put(line, x: 2, y: Self.bodyTop + 6 + offset, style: .dim)
            }
        }
    }

    /// The organization's names, id and dates.
    func drawOrganization(_ organization: Organization?, into grid: inout Grid) {
        guard let organization else {
            grid.put("Loading…", x: 2, y: Self.bodyTop + 1, style: .dim)
            return
        }
        drawFields([
            ("Name", organization.name, .normal),
            ("Short name", organization.shortName, .normal),
            ("ID", organization.id, .normal),
            ("Created", Self.timestamp(organization.createdAt), .normal),
            ("Updated", Self.timestamp(organization.updatedAt), .normal),
        ], into: &grid)
    }

    /// The key table's help, scrolled by `scroll` lines (clamped to the end).
    func drawHelp(scroll: Int, into grid: inout Grid) {
        let lines = keyMap.helpLines
        let rows = statusRow(grid) - Self.bodyTop
        let first = max(0, min(scroll, lines.count - rows))
        for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            grid.put(line, x: 1, y: Self.bodyTop + offset, style: line.hasPrefix(" ") ? .normal : .title)
        }
    }

    /// A date as `2026-11-29 06:25 UTC`.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "??" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)) UTC"
    }
}
