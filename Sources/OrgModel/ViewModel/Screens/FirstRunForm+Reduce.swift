extension FirstRunForm: ScreenState {
    var screen: Screen { .firstRun(self) }

    /// The form's reducer: a key edits the form, cancels (leaving the program), or creates the store when
    /// every field is valid; the form then waits for `created`.
    mutating func reduce(_ event: Event, _ context: inout ScreenContext) -> [ScreenOutcome] {
        switch apply(event) {
        case nil:
            return []
        case .cancel:
            return [.perform([.quit])]
        case .create:
            creating = true
            return [.perform([.createStore(newStore)])]
        }
    }

    /// The store's creation was answered: the form closes, or shows why the store refused (the input stays).
    mutating func created(_ result: Result<Done, BackendError>) -> [ScreenOutcome] {
        creating = false
        switch result {
        case .success:
            return [.close]
        case .failure(let failure):
            error = failure.message
            return []
        }
    }
}
