import OrgModel

/// One line typed in the line mode (`orgtui --plain`), parsed. Row numbers are those of the last list
/// printed; `PlainSession` turns each command into the model's events, as the key map does for keys.
enum PlainCommand: Hashable, Sendable {
    /// `next`, `prev`, `first`, `last`: the users table moves (`.pageDown`, `.pageUp`, `.first`, `.last`).
    case move(Command)
    /// `list`: the shown rows again.
    case list
    /// `search TEXT`; nil (`search` alone) shows everyone again.
    case search(String?)
    /// `filter ROLE[,ROLE]`: only users holding any of these roles; empty (`filter` alone) for every role.
    case filter(Set<Role>)
    /// `open N`: the user's details.
    case open(Int)
    /// `roles N +admin -analyst`: the user's roles change by this delta.
    case roles(Int, RoleDelta)
    /// `invite`: asks each field of the invite form on its own line.
    case invite
    /// `delete N`, `reset N`: asks first.
    case delete(Int)
    case reset(Int)
    /// A command with no argument that the model knows as it is: `undo`, `reload`, `org`, `me`, `audit`,
    /// `profiles`.
    case plain(Command)
    /// `switch NAME`: work on another saved profile.
    case switchProfile(String)
    case help
    case quit
    /// An empty line.
    case nothing

    /// Why a line is not a command, in a sentence that says what to type instead.
    struct Refusal: Error, Hashable {
        var message: String
    }

    /// The command a line asks for, or why it asks for none.
    static func parse(_ line: String) -> Result<PlainCommand, Refusal> {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return .success(.nothing) }
        let word = first.lowercased()
        let arguments = Array(words.dropFirst())
        guard let entry = PlainCommandTable.entries.first(where: { $0.word == word }) else {
            return .failure(Refusal(message: "Unknown command \"\(first)\". Type help for the commands."))
        }
        do throws(Refusal) {
            return .success(try entry.parse(arguments, line: line))
        } catch {
            return .failure(error)
        }
    }

    /// Row number `text` (1 or more), or why it is none.
    static func row(_ text: String?, for word: String) throws(Refusal) -> Int {
        guard let text, let number = Int(text), number >= 1 else {
            throw Refusal(message: "\(word) needs a row number from the last list, such as \"\(word) 3\".")
        }
        return number
    }

    /// The roles named in `text`, separated by commas (`admin,analyst`), or why they are not roles.
    static func roles(_ text: String) throws(Refusal) -> Set<Role> {
        var roles: Set<Role> = []
        for name in text.split(separator: ",") {
            guard let role = Role(rawValue: name.lowercased()) else { throw unknownRole(String(name)) }
            roles.insert(role)
        }
        return roles
    }

    /// `+admin -analyst` as a delta, or why it is none.
    static func delta(_ words: [String]) throws(Refusal) -> RoleDelta {
        var delta = RoleDelta()
        for word in words {
            let sign = word.first
            let name = String(word.dropFirst()).lowercased()
            guard sign == "+" || sign == "-" else {
                throw Refusal(message: "Write each role change as +ROLE or -ROLE, such as \"roles 3 +admin -analyst\".")
            }
            guard let role = Role(rawValue: name) else { throw unknownRole(name) }
            if sign == "+" { delta.add.insert(role) } else { delta.remove.insert(role) }
        }
        guard delta.add.isDisjoint(with: delta.remove) else {
            throw Refusal(message: "A role cannot be both added and removed: \(delta.description).")
        }
        guard !delta.isEmpty else {
            throw Refusal(message: "Say which roles change, such as \"roles 3 +admin -analyst\".")
        }
        return delta
    }

    private static func unknownRole(_ name: String) -> Refusal {
        Refusal(
            message:
                "\"\(name)\" is not a role; the roles are \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
}
