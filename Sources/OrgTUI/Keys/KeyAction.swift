import OrgModel

/// What a key press means in its context: a command, or a character typed into a text field.
enum KeyAction: Hashable, Sendable {
    case command(Command)
    case typed(Character)
}
