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
    private let escapeDelay: Int32
    private let mouse: Bool
    private var decoder = InputDecoder()

    /// Takes over the terminal: the user's character types, UTF-8 ones (C.UTF-8 when the user's are not
    /// UTF-8, so ncursesw decodes the grid's text and measures it with the same `wcwidth` the grid did; the
    /// other locale categories stay C, as nothing here formats by them, and loading them took a millisecond),
    /// cbreak, no echo, the keypad's application mode, an Esc delay of `escapeDelay` ms, the mouse's SGR
    /// reports when `mouse` is on, the colors of the theme `name` (unless refused or absent) and a hidden cursor.
    init(escapeDelay: Int, mouse: Bool, theme name: Theme.Name, noColor: Bool, environment: [String: String]) {
        self.escapeDelay = Int32(escapeDelay)
        self.mouse = mouse
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        window = initscr()!
        // Until the screen has once been left and entered again, ncurses flushes its output at every cursor
        // move (its "not running yet" state): a frame went out in 70 writes, each a packet over ssh. Leaving
        // and entering at once, before anything is drawn, puts it in its running state: a frame is then written
        // in one or two (first frame 0.7 ms sooner, A/B over 60 starts).
        endwin()
        wrefresh(window)
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        curs_set(0)
        theme = Theme.choose(name, noColorFlag: noColor, environment: environment, terminalHasColors: has_colors())
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
        reportMouse(true)
    }

    deinit { end() }

    /// The ncurses library in use, such as "ncurses 6.4.20221231" (`orgtui --version` names it).
    static var libraryVersion: String { String(cString: curses_version()) }

    /// Why curses cannot take this terminal (not a terminal, or one terminfo does not know), or nil.
    static func terminalProblem(environment: [String: String]) -> String? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            return "orgtui needs a terminal: run it in one, not with its input or output redirected."
        }
        var status: Int32 = 0
        // Terminfo was read already when the line mode was ruled out (`lineModeReason`): not read again.
        guard orgtui_terminfo_loaded() != 0 || setupterm(nil, STDOUT_FILENO, &status) == OK else {
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

    /// The inputs waiting on stdin, decoded by `InputDecoder` rather than by terminfo, so both cursor modes'
    /// arrows work whatever TERM says. A sequence cut short waits up to the Esc delay for its rest.
    func readInputs() -> [TerminalInput] {
        var inputs = decoder.feed(Self.readAvailable())
        while decoder.isWaiting {
            var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&input, 1, escapeDelay) > 0 else { return inputs + decoder.flush() }
            let more = Self.readAvailable()
            if more.isEmpty { return inputs + decoder.flush() }
            inputs += decoder.feed(more)
        }
        return inputs
    }

    /// The bytes stdin holds now, read without waiting.
    private static func readAvailable() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while poll(&input, 1, 0) > 0, input.revents & Int16(POLLIN) != 0 {
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }

    /// Asks the terminal to report (or to stop reporting) mouse presses and the wheel as SGR sequences; with
    /// Shift held, xterm and most terminals select text as usual instead.
    private func reportMouse(_ on: Bool) {
        guard mouse else { return }
        writeRaw(on ? "\u{1B}[?1000h\u{1B}[?1006h" : "\u{1B}[?1006l\u{1B}[?1000l")
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
        reportMouse(false)
        endwin()
        defer {
            fflush(nil)
            shown = nil
            wrefresh(window)
            reportMouse(true)
        }
        return try body()
    }

    /// Gives the terminal back as it was. Safe to call more than once.
    func end() {
        guard isOpen else { return }
        isOpen = false
        reportMouse(false)
        curs_set(1)
        endwin()
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
