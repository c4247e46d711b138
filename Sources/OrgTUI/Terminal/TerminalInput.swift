/// What the terminal reports: a key, or what the mouse did.
enum TerminalInput: Hashable, Sendable {
    case key(Key)
    case mouse(MouseInput)
}
