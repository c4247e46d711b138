/// Applies an event to the state and returns the effects to perform. Pure: no I/O, no clocks.
public func reduce(_ state: inout AppState, _ event: Event) -> [Effect] {
    switch event {
    case .started:
        return state.start()
    case .command(let command):
        return []
    case .typed:
        return []
    case .resized(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        return []
    default:
        return []
    }
}
