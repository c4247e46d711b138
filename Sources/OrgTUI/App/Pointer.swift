import OrgModel

/// Turns what the mouse did into keys and events, by the targets the last frame drew: a click on a row
/// selects it and a second one on the same cell soon after opens it (Enter), a click on a hint-bar key presses
/// it, a click on a field focuses it, a click on a role toggles it, and the wheel moves the selection three rows
/// where the frame has a list.
struct Pointer {
    /// What the pointer asks of the loop.
    enum Action: Hashable, Sendable {
        /// A key, as if typed: it goes through the key map.
        case key(Key)
        /// An event for `reduce`.
        case event(Event)
    }

    /// The longest time between the two presses of a double click (xterm's own default is 250 ms; GNOME's
    /// 400 ms).
    static let doubleClick = Duration.milliseconds(400)
    /// How many rows one turn of the wheel moves.
    static let wheelRows = 3

    private var lastPress: (x: Int, y: Int, at: ContinuousClock.Instant)?

    /// What `input` means on `grid`, the frame on the screen, at the instant `now`.
    mutating func actions(for input: MouseInput, on grid: Grid, at now: ContinuousClock.Instant) -> [Action] {
        switch input {
        case .wheel(let x, let y, let down):
            guard grid.scrolls(atX: x, y: y) else { return [] }
            return Array(repeating: .event(.command(down ? .down : .up)), count: Self.wheelRows)
        case .press(let x, let y):
            let double = lastPress.map { $0.x == x && $0.y == y && now - $0.at <= Self.doubleClick } ?? false
            lastPress = double ? nil : (x, y, now)
            switch grid.action(atX: x, y: y) {
            case .key(let key): return [.key(key)]
            case .command(let command): return [.event(.command(command))]
            case .click(let click):
                guard case .row = click, double else { return [.event(.clicked(click))] }
                return [.event(.clicked(click)), .key(.enter)]
            case .scroll, .nothing, nil: return []
            }
        }
    }
}
