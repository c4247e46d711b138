/// What the terminal reports: a key, or that its size changed.
enum TerminalInput: Hashable, Sendable {
    case key(Key)
    case resized
}
