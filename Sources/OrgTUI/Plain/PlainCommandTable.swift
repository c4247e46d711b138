import OrgModel

/// The line mode's commands, in one table beside the key map: the parser finds a line's word here, and
/// `help` lists the table, each command with the key map's own sentence for its model command.
struct PlainCommandTable: Hashable, Sendable {
    /// The word typed, such as `roles`.
    var word: String
    /// What follows the word, such as `N +ROLE -ROLE`; empty when nothing does.
    var arguments: String
    /// The model's command whose key map sentence describes it; nil when `help` says it.
    var command: Command?
    /// The sentence for a command that has no key, or that the key map says differently.
    var help: String?

    init(_ word: String, _ arguments: String = "", _ command: Command? = nil, help: String? = nil) {
        self.word = word
        self.arguments = arguments
        self.command = command
        self.help = help
    }

    /// Every command, in the order `help` lists them.
    static let entries: [PlainCommandTable] = [
        PlainCommandTable("next", "", .pageDown, help: "Show the next rows"),
        PlainCommandTable("prev", "", .pageUp, help: "Show the previous rows"),
        PlainCommandTable("first", "", .first, help: "Show the first rows"),
        PlainCommandTable("last", "", .last, help: "Show the last rows"),
        PlainCommandTable("list", help: "Print the shown rows again"),
        PlainCommandTable(
            "search", "TEXT", .search,
            help: "Search users by name (letters and spaces, 3 or more); "
                + "search alone shows everyone"),
        PlainCommandTable(
            "filter", "ROLE[,ROLE]", help: "Show only users with any of these roles; filter alone shows every role"),
        PlainCommandTable("open", "N", .open, help: "Show the details of user N"),
        PlainCommandTable("roles", "N +ROLE -ROLE", .editRoles, help: "Add and remove roles of user N"),
        PlainCommandTable("invite", "", .invite),
        PlainCommandTable("delete", "N", .delete, help: "Delete user N (asks first)"),
        PlainCommandTable("reset", "N", .resetPassword, help: "Send user N a password reset (asks first)"),
        PlainCommandTable("undo", "", .undo),
        PlainCommandTable("redo", "", .redo),
        PlainCommandTable("reload", "", .reload),
        PlainCommandTable("org", "", .organization),
        PlainCommandTable("me", "", .profile),
        PlainCommandTable("audit", "", .audit, help: "Show the audit log, newest first"),
        PlainCommandTable("profiles", "", .profiles, help: "List the saved profiles"),
        PlainCommandTable("switch", "NAME", help: "Switch to the saved profile NAME"),
        PlainCommandTable("help", help: "List these commands"),
        PlainCommandTable("quit", "", .quit),
    ]

    /// `help`'s lines: each command and what it does, in the key map's words where it has them; a command
    /// the backend lacks says so, as the help screen does.
    static func helpLines(keyMap: KeyMap) -> [String] {
        let usages = entries.map { $0.arguments.isEmpty ? $0.word : $0.word + " " + $0.arguments }
        let column = (usages.map(\.count).max() ?? 0) + 2
        let lines = zip(usages, entries).map { usage, entry in
            let hidden = entry.command.flatMap { keyMap.unavailable[$0] }.map { "(hidden: the platform has no \($0)) " }
            let sentence =
                entry.help ?? entry.command.flatMap { command in
                    keyMap.bindings.first { $0.command == command }?.help
                } ?? ""
            return "  " + usage + String(repeating: " ", count: column - usage.count) + (hidden ?? "") + sentence
        }
        return ["Commands (N is a row number of the last list; questions default to No):"] + lines
    }

    /// The command that `arguments` after this word ask for, or why they ask for none.
    func parse(_ arguments: [String], line: String) throws(PlainCommand.Refusal) -> PlainCommand {
        switch word {
        case "search":
            guard !arguments.isEmpty else { return .search(nil) }
            let text = line.drop { $0.isWhitespace }.dropFirst(word.count).drop { $0.isWhitespace }
            return .search(String(text).trimmingTrailingWhitespace)
        case "filter": return .filter(try PlainCommand.roles(arguments.joined(separator: ",")))
        case "open": return .open(try PlainCommand.row(arguments.first, for: word))
        case "roles":
            let row = try PlainCommand.row(arguments.first, for: word)
            return .roles(row, try PlainCommand.delta(Array(arguments.dropFirst())))
        case "delete": return .delete(try PlainCommand.row(arguments.first, for: word))
        case "reset": return .reset(try PlainCommand.row(arguments.first, for: word))
        case "switch":
            guard let name = arguments.first, arguments.count == 1 else {
                throw PlainCommand.Refusal(message: "switch needs the name of a saved profile; profiles lists them.")
            }
            return .switchProfile(name)
        default:
            guard arguments.isEmpty else {
                throw PlainCommand.Refusal(message: "\(word) takes nothing after it. Type help for the commands.")
            }
            return bare
        }
    }

    /// The command of a word that takes no arguments.
    private var bare: PlainCommand {
        switch word {
        case "list": .list
        case "invite": .invite
        case "help": .help
        case "quit": .quit
        default: command.map { [.pageDown, .pageUp, .first, .last].contains($0) ? .move($0) : .plain($0) } ?? .nothing
        }
    }
}

extension String {
    /// The text without the whitespace at its end.
    fileprivate var trimmingTrailingWhitespace: String {
        String(reversed().drop { $0.isWhitespace }.reversed())
    }
}
