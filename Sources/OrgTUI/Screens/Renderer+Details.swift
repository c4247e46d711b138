import Foundation
import OrgText
import OrgModel

extension Renderer {
    /// Labeled values, one per line from the top of `area`, such as `Name    Ada Lovelace`; returns the
    /// first row below them.
    @discardableResult
    func drawLabeledValues(
        _ values: [(label: String, value: String, style: Style)], in area: Rect,
        into grid: inout Grid
    ) -> Int {
        let labelWidth = (values.map(\.label.count).max() ?? 0) + 2
        for (offset, entry) in values.enumerated() {
            grid.put(entry.label, x: area.x + 2, y: area.y + offset, style: .dim)
            grid.put(
                entry.value, x: area.x + 2 + labelWidth, y: area.y + offset, limit: area.width - 3 - labelWidth,
                style: entry.style)
        }
        return area.y + values.count
    }

    /// One user: name, email, id, how they sign in and roles (or that they are loading); returns the first row
    /// below them.
    @discardableResult
    func drawUserDetails(_ user: User, roles: Set<Role>?, in area: Rect, into grid: inout Grid) -> Int {
        let roleNames = roles.map { $0.isEmpty ? "none" : $0.ordered.map(\.rawValue).joined(separator: ", ") }
        return drawLabeledValues(
            [
                ("Name", user.name, .normal),
                ("Email", user.email, .normal),
                ("ID", user.id, .normal),
                ("Sign-in", user.signInLabel, .normal),
                ("Roles", roleNames ?? "loading…", roles == nil ? .dim : .normal),
            ], in: area, into: &grid)
    }

    /// The signed-in user, and why the profile cannot be edited when that is known.
    func drawProfile(_ state: AppState, in area: Rect, into grid: inout Grid) {
        guard let me = state.me else {
            grid.put("Loading…", x: area.x + 2, y: area.y, style: .dim)
            return
        }
        let below = drawUserDetails(me.user, roles: me.roles, in: area, into: &grid)
        if let reason = state.profileLockedReason {
            for (offset, line) in reason.wrapped(toWidth: area.width - 4).enumerated() {
                grid.put(line, x: area.x + 2, y: below + 1 + offset, style: .dim)
            }
        }
    }

    /// The organization's names, id and dates.
    func drawOrganization(_ organization: Organization?, in area: Rect, into grid: inout Grid) {
        guard let organization else {
            grid.put("Loading…", x: area.x + 2, y: area.y, style: .dim)
            return
        }
        drawLabeledValues(
            [
                ("Name", organization.name, .normal),
                ("Short name", organization.shortName, .normal),
                ("ID", organization.id, .normal),
                ("Created", Self.timestamp(organization.createdAt), .normal),
                ("Updated", Self.timestamp(organization.updatedAt), .normal),
            ], in: area, into: &grid)
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
