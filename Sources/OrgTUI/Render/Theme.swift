/// How each `Style` looks: one table of colors and attributes per theme (`Theme+Looks.swift`), with a
/// monochrome fallback that uses attributes only (for `--no-color`, `NO_COLOR`, `TERM=dumb` and terminals
/// without colors). Every theme tells each state apart by an attribute too, never by color alone.
struct Theme: Sendable {
    /// A terminal color, by its curses number; `nil` is the terminal's default.
    enum Color: Int16, Sendable, CaseIterable {
        case black = 0, red, green, yellow, blue, magenta, cyan, white
    }

    /// The themes a user can choose with `theme` in the config or `--theme`.
    enum Name: String, Sendable, CaseIterable {
        /// For dark backgrounds, the default.
        case dark
        /// For light backgrounds.
        case light
        /// White, yellow, green and cyan on black, every pair at a contrast of 7:1 or more.
        case highContrast = "high-contrast"

        /// The names, as the config and `--theme` spell them: "dark, light or high-contrast".
        static var spelled: String { "dark, light or high-contrast" }
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

    init(usesColor: Bool, looks: [Style: Look]) {
        self.usesColor = usesColor
        self.looks = looks
    }

    /// The look for `style`.
    func look(_ style: Style) -> Look { looks[style] ?? Look() }

    /// The colored theme called `name`.
    static func named(_ name: Name) -> Theme {
        switch name {
        case .dark: .dark
        case .light: .light
        case .highContrast: .highContrast
        }
    }

    /// The theme to use: the one called `name`, or monochrome when colors are refused (`--no-color`, `NO_COLOR`
    /// set to anything, `TERM=dumb`) or the terminal has none.
    static func choose(
        _ name: Name = .dark, noColorFlag: Bool, environment: [String: String], terminalHasColors: Bool
    ) -> Theme {
        let refused = noColorFlag || environment["NO_COLOR"] != nil || environment["TERM"] == "dumb"
        return refused || !terminalHasColors ? .monochrome : named(name)
    }
}
