/// How each `Style` looks: one table of colors and attributes, with a monochrome fallback that uses
/// attributes only (for `--no-color`, `NO_COLOR`, `TERM=dumb` and terminals without colors).
struct Theme: Sendable {
    /// A terminal color, by its curses number; `nil` is the terminal's default.
    enum Color: Int16, Sendable {
        case black = 0, red, green, yellow, blue, magenta, cyan, white
    }

    /// The look of one style.
    struct Look: Hashable, Sendable {
        var foreground: Color? = nil
        var background: Color? = nil
        var bold = false
        var reverse = false
        var underline = false
        var dim = false
    }

    /// Whether this theme uses colors at all.
    let usesColor: Bool
    private let looks: [Style: Look]

    /// The look for `style`.
    func look(_ style: Style) -> Look { looks[style] ?? Look() }

    /// The colored theme.
    static let color = Theme(
        usesColor: true,
        looks: [
            .normal: Look(),
            .header: Look(foreground: .black, background: .cyan),
            .title: Look(bold: true),
            .selected: Look(reverse: true),
            .marked: Look(foreground: .yellow, bold: true),
            .selectedMarked: Look(foreground: .yellow, bold: true, reverse: true),
            .error: Look(foreground: .red, bold: true),
            .success: Look(foreground: .green),
            .hintKey: Look(foreground: .black, background: .cyan, bold: true),
            .hint: Look(),
            .dim: Look(dim: true),
            .badge: Look(foreground: .white, background: .red, bold: true),
            .field: Look(underline: true),
            .activeField: Look(reverse: true, underline: true),
            .changed: Look(foreground: .cyan, bold: true),
        ])

    /// The attributes-only theme.
    static let monochrome = Theme(
        usesColor: false,
        looks: [
            .normal: Look(),
            .header: Look(reverse: true),
            .title: Look(bold: true),
            .selected: Look(reverse: true),
            .marked: Look(bold: true),
            .selectedMarked: Look(bold: true, reverse: true),
            .error: Look(bold: true),
            .success: Look(),
            .hintKey: Look(reverse: true),
            .hint: Look(),
            .dim: Look(dim: true),
            .badge: Look(bold: true, reverse: true),
            .field: Look(underline: true),
            .activeField: Look(reverse: true, underline: true),
            .changed: Look(bold: true, underline: true),
        ])

    /// The theme to use: monochrome when colors are refused (`--no-color`, `NO_COLOR` set to anything,
    /// `TERM=dumb`) or the terminal has none.
    static func choose(noColorFlag: Bool, environment: [String: String], terminalHasColors: Bool) -> Theme {
        let refused = noColorFlag || environment["NO_COLOR"] != nil || environment["TERM"] == "dumb"
        return refused || !terminalHasColors ? .monochrome : .color
    }
}
