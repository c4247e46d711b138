extension RecentMessages: ScreenState {
    var screen: Screen { .messages(self) }

    /// The moving keys scroll; anything else closes the screen.
    mutating func reduce(_ command: Command, _ context: inout ScreenContext) -> [ScreenOutcome] {
        guard let moved = Screen.helpScroll(from: scroll, on: command, bodyRows: context.bodyRows) else {
            return [.close]
        }
        scroll = moved
        return []
    }
}
