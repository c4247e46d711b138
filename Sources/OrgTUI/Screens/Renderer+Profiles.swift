import OrgText
import OrgModel

extension Renderer {
    /// The profile list: one row per saved profile (`*` marks the active one) with its name, whether a
    /// token is saved (never the token) and its API URL or store path; the highlighted row in `.selected`,
    /// scrolled into view.
    func drawProfiles(_ list: ProfileList, active: String?, in area: Rect, into grid: inout Grid) {
        let x = area.x + 2
        guard !list.entries.isEmpty else {
            grid.put("No saved profiles. Save one with orgtui login --profile NAME.", x: x, y: area.y, style: .dim)
            return
        }
        grid.target(area, .scroll)
        let nameWidth = min(24, list.entries.map(\.name.displayWidth).max() ?? 0)
        let tokenWidth = list.entries.contains { $0.hasToken != nil } ? Self.tokenLabel(true).displayWidth + 2 : 0
        let top = max(0, list.cursor - area.height + 1)
        for (index, entry) in list.entries.enumerated().dropFirst(top).prefix(area.height) {
            let highlighted = index == list.cursor
            let style: Style = highlighted ? .selected : .normal
            let y = area.y + index - top
            grid.target(Rect(x: area.x, y: y, width: area.width, height: 1), .click(.row(index)))
            if highlighted { grid.clear(x: x, y: y, columns: area.width - 4, style: style) }
            let mark = entry.name == active ? "*" : " "
            grid.put("\(highlighted ? ">" : " ")\(mark) \(entry.name)", x: x, y: y, limit: nameWidth + 3, style: style)
            let tokenX = x + nameWidth + 5
            grid.put(Self.tokenLabel(entry.hasToken), x: tokenX, y: y, style: style)
            let locationX = tokenX + tokenWidth
            grid.put(
                entry.location, x: locationX, y: y, limit: max(0, area.x + area.width - 2 - locationX), style: style)
        }
    }

    /// Whether a token is saved, as the profile list says it.
    private static func tokenLabel(_ hasToken: Bool?) -> String {
        switch hasToken {
        case true?: "token saved"
        case false?: "no token"
        case nil: ""
        }
    }
}
