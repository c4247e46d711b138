extension Screen {
    /// Where the help screen, scrolled down `scroll` lines, scrolls on `command` (the renderer clamps its
    /// end); nil when the command closes it.
    static func helpScroll(from scroll: Int, on command: Command, bodyRows: Int) -> Int? {
        switch command {
        case .up: max(0, scroll - 1)
        case .down: max(0, scroll + 1)
        case .pageUp: max(0, scroll - bodyRows)
        case .pageDown: max(0, scroll + bodyRows)
        case .first: 0
        default: nil
        }
    }
}
