extension ProfileForm: ScreenState {
    var screen: Screen { .profileEditor(self) }

    /// The form's reducer: a command edits the form, closes it, or saves what changed when it is valid; the
    /// form keeps its input until the save succeeds.
    mutating func reduce(_ command: Command, _ context: inout ScreenContext) -> [ScreenOutcome] {
        switch handle(command) {
        case .stay: []
        case .close: [.close]
        case .unchanged: [.close, .status(.info("No change to your profile."))]
        case .refused(let reason): [.status(.error("Not saved: \(reason)"))]
        case .save(let update): [.send(.updateMe(update)), .status(.info("Saving your profile…"))]
        }
    }
}
