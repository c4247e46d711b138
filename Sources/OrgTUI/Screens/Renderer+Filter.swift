import OrgModel

extension Renderer {
    /// The filter screen: the roles with their keys, then the sign-in methods with the chosen one marked.
    func drawFilter(_ filter: UserFilter, in area: Rect, into grid: inout Grid) {
        let x = area.x + 2
        var lines: [(String, Style)] = [("Users holding any of these roles (none checked: every role)", .title)]
        for (index, role) in Role.allCases.enumerated() {
            lines.append(("  [\(filter.roles.contains(role) ? "x" : " ")] \(index + 1) \(role.rawValue)", .normal))
        }
        lines += [("", .normal), ("Who sign in with (Space or arrows to choose)", .title)]
        for connection in UserFilter.connections {
            let name = connection.map { $0 == .googleOAuth2 ? "Google" : "a password" } ?? "any method"
            let chosen = connection == filter.connection
            lines.append(("  (\(chosen ? "*" : " ")) \(name)", chosen ? .selected : .normal))
        }
        lines += [("", .normal), ("Enter shows them; Esc leaves the list as it is.", .dim)]
        for (offset, line) in lines.prefix(max(0, area.height)).enumerated() {
            grid.put(line.0, x: x, y: area.y + offset, limit: area.width - 4, style: line.1)
        }
    }
}
