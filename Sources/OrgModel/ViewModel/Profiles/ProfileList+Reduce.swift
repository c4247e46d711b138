extension ProfileList: ScreenState {
    var screen: Screen { .profiles(self) }

    /// The list's reducer: Up and Down move the highlight, Enter closes the list and switches to the
    /// highlighted profile (unless it is the one in use), and anything else closes it.
    mutating func reduce(_ command: Command, _ context: inout ScreenContext) -> [ScreenOutcome] {
        switch command {
        case .up:
            move(by: -1)
            return []
        case .down:
            move(by: 1)
            return []
        case .submit:
            guard let name = selected?.name else { return [.close] }
            guard name != context.activeProfile else { return [.close, .status(.info("Already on profile \(name)."))] }
            return [.close, .status(.info("Switching to profile \(name)…")), .perform([.switchProfile(name)])]
        default:
            return [.close]
        }
    }

    /// The saved profiles as read now, the highlighted one kept while it exists (else `active`).
    mutating func relist(_ entries: [ProfileEntry], active: String?) {
        let kept = selected.map(\.name).flatMap { name in entries.contains { $0.name == name } ? name : nil }
        self = ProfileList(entries: entries, active: kept ?? active)
    }
}
