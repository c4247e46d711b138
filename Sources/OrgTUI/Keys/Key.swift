/// A key press as the terminal reports it, independent of curses.
enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    /// Ctrl with a letter, stored lower case: `.control("r")` is Ctrl-R.
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    /// F1 ... F12.
    case function(Int)

    /// The key's name in the help screen, the hint bar and the config file: `j`, `C-r`, `PgDn`, `S-Tab`, `F5`.
    var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "C-" + String(c)
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        }
    }

    /// The key with this `name` (case matters for single characters only), or nil.
    init?(name: String) {
        let named: [Key] = [
            .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab,
            .backTab, .escape, .backspace, .delete, .character(" "),
        ]
        if let key = named.first(where: { $0.name.lowercased() == name.lowercased() }) {
            self = key
        } else if name.count == 1, let c = name.first, !c.isWhitespace, c.isASCII, c.asciiValue! >= 0x21,
            c.asciiValue! < 0x7F
        {
            self = .character(c)
        } else if name.lowercased().hasPrefix("c-"), name.count == 3, let c = name.lowercased().last, c.isLetter,
            c.isASCII
        {
            self = .control(c)
        } else if name.uppercased().hasPrefix("F"), let n = Int(name.dropFirst()), (1...12).contains(n) {
            self = .function(n)
        } else {
            return nil
        }
    }
}
