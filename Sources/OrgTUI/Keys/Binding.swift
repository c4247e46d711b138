import OrgModel

/// One row of the key table: the keys that give `command` in `contexts`, with its texts for the hint
/// bar and the help screen.
struct Binding: Hashable, Sendable {
    var keys: [Key]
    var command: Command
    var contexts: Set<KeyContext>
    /// One or two words for the hint bar, such as "Roles".
    var label: String
    /// A sentence for the help screen.
    var help: String

    init(_ keys: [Key], _ command: Command, _ contexts: Set<KeyContext>, _ label: String, _ help: String) {
        self.keys = keys
        self.command = command
        self.contexts = contexts
        self.label = label
        self.help = help
    }
}
