import CNcurses
import Foundation

/// The one place that touches ncurses (like htop's CRT.c): set-up, colors, copying a `Grid` to the
/// screen, reading keys, and restoring the terminal. Only the main thread may use it.
final class Curses {
    /// The look the screen uses.
    let theme: Theme
    private var attributes: [Style: Int32] = [:]
    private var shown: Grid?
    private var isOpen = true
    private let window: UnsafeMutablePointer<WINDOW>

    /// Takes over the terminal: the user's locale, with UTF-8 character types (C.UTF-8 when the user's
    /// are not UTF-8, so ncursesw decodes the grid's text and measures it with the same `wcwidth` the grid
    /// did), cbreak, no echo, keypad, non-blocking reads, an Esc delay
    /// of `escapeDelay` ms, colors (unless refused or absent) and a hidden cursor.
    init(escapeDelay: Int, noColor: Bool, environment: [String: String]) {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        window = initscr()!
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        set_escdelay(Int32(escapeDelay))
        curs_set(0)
        let wantsColor = Theme.choose(noColorFlag: noColor, environment: environment, terminalHasColors: has_colors())
        theme = wantsColor
        if theme.usesColor {
            start_color()
            use_default_colors()
        }
        var pairs: [Theme.Look: Int32] = [:]
        for style in Style.allCases {
            let look = theme.look(style)
            var attribute: Int32 = 0
            if look.bold { attribute |= Self.bold }
            if look.reverse { attribute |= Self.reverse }
            if look.underline { attribute |= Self.underline }
            if look.dim { attribute |= Self.dim }
            if theme.usesColor, look.foreground != nil || look.background != nil {
                let colorKey = Theme.Look(foreground: look.foreground, background: look.background)
                let pair =
                    pairs[colorKey]
                    ?? {
                        let next = Int32(pairs.count + 1)
                        init_pair(Int16(next), look.foreground?.rawValue ?? -1, look.background?.rawValue ?? -1)
                        pairs[colorKey] = next
                        return next
                    }()
                attribute |= pair << 8
            }
            attributes[style] = attribute
        }
    }

    deinit { end() }

    /// Why curses cannot take this terminal (not a terminal, or one terminfo does not know), or nil.
    static func terminalProblem(environment: [String: String]) -> String? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            return "orgtui needs a terminal: run it in one, not with its input or output redirected."
        }
        var status: Int32 = 0
        guard setupterm(nil, STDOUT_FILENO, &status) == OK else {
            return "The terminal type TERM=\(environment["TERM"] ?? "") is unknown here; try TERM=xterm-256color."
        }
        return nil
    }

    /// The terminal's size in columns and rows.
    var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    /// Copies `grid` to the screen, rewriting only the rows that changed since the last call (ncurses
    /// then sends only the changed cells), places the cursor (shown only when `cursor` is given), and
    /// refreshes once.
    func draw(_ grid: Grid, cursor: (x: Int, y: Int)? = nil) {
        let previous = shown.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if previous == nil { wclear(window) }
        for y in 0..<grid.height where previous?.row(y) != grid.row(y) {
            drawRow(grid, y)
        }
        shown = grid
        if let cursor {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        // A hidden cursor may stay wherever the last write left it: no bytes spent parking it.
        leaveok(window, cursor == nil)
        wrefresh(window)
    }

    private func drawRow(_ grid: Grid, _ y: Int) {
        wmove(window, Int32(y), 0)
        var x = 0
        while x < grid.width {
            let style = grid[x, y].style
            var run = ""
            while x < grid.width, grid[x, y].style == style {
                run += grid[x, y].text
                x += 1
            }
            wattrset(window, attributes[style] ?? 0)
            waddnstr(window, run, -1)
        }
        wattrset(window, 0)
    }

    /// Applies a new terminal size that a SIGWINCH announced.
    func resize(width: Int, height: Int) {
        resizeterm(Int32(height), Int32(width))
        shown = nil
    }

    /// The inputs waiting on stdin, read without blocking.
    func readInputs() -> [TerminalInput] {
        var inputs: [TerminalInput] = []
        var value: wint_t = 0
        while true {
            let kind = wget_wch(window, &value)
            if kind == ERR { break }
            if let input = kind == KEY_CODE_YES ? Self.functionKey(Int32(value)) : Self.characterKey(UInt32(value)) {
                inputs.append(input)
            }
        }
        return inputs
    }

    /// Writes bytes to the terminal around curses (OSC 52 clipboard), after curses' own output.
    func writeRaw(_ text: String) {
        fflush(nil)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
    }

    /// Gives the terminal back for `body` (a prompt on the plain terminal), then takes it again; the next
    /// `draw` redraws everything.
    func suspended<T>(_ body: () throws -> T) rethrows -> T {
        endwin()
        defer {
            fflush(nil)
            shown = nil
            wrefresh(window)
        }
        return try body()
    }

    /// Gives the terminal back as it was. Safe to call more than once.
    func end() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
    }

    private static func characterKey(_ value: UInt32) -> TerminalInput? {
        switch value {
        case 27: return .key(.escape)
        case 13, 10: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(value + 96)!)))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private static func functionKey(_ code: Int32) -> TerminalInput? {
        switch code {
        case KEY_RESIZE: .resized
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_BTAB: .key(.backTab)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_DC: .key(.delete)
        case KEY_ENTER: .key(.enter)
        case (KEY_F0 + 1)...(KEY_F0 + 12): .key(.function(Int(code - KEY_F0)))
        default: nil
        }
    }

    private static let underline: Int32 = 1 << 17
    private static let reverse: Int32 = 1 << 18
    private static let dim: Int32 = 1 << 20
    private static let bold: Int32 = 1 << 21
}

extension Curses {
    /// Why full-screen drawing cannot work with this terminal type, as the one line that says the line mode
    /// is used instead: TERM unset or `dumb`, a type terminfo does not know, or one that cannot move the
    /// cursor; nil when it can.
    static func lineModeReason(environment: [String: String]) -> String? {
        let term = environment["TERM"] ?? ""
        var status: Int32 = 0
        let reason: String
        if term.isEmpty || term == "dumb" {
            reason = term.isEmpty ? "TERM is not set" : "TERM=dumb"
        } else if setupterm(term, STDOUT_FILENO, &status) != OK {
            reason = "TERM=\(term) is unknown to terminfo here"
        } else if let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 {
            return nil
        } else {
            reason = "TERM=\(term) cannot move the cursor"
        }
        return reason + ": using the line mode (orgtui --plain)."
    }
}
