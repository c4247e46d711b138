extension InviteForm: ScreenState {
    var screen: Screen { .inviteForm(self) }

    /// The form's reducer: a command edits the form, closes it (kept as a draft for next time), or sends a
    /// valid invitation; an invalid one is not sent, and the status line says why.
    mutating func reduce(_ command: Command, _ context: inout ScreenContext) -> [ScreenOutcome] {
        switch handle(command) {
        case .stay: []
        case .close: [.close, .keepDraft(self)]
        case .refused(let reason): [.status(.error("Not sent: \(reason)"))]
        case .send(let invitation):
            [.send(.invite(invitation)), .status(.info("Sending the invitation to \(invitation.email)…"))]
        }
    }
}
