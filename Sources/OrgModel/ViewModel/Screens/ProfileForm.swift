/// The signed-in user's name and email being edited; only what changed is sent.
public struct ProfileForm: Hashable, Sendable {
    /// The fields, in Tab order.
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case name, email
    }

    /// What the form asks of the app after a command.
    enum Outcome: Hashable, Sendable {
        /// Stay open: the focus moved or a field changed.
        case stay
        /// Close without saving.
        case close
        /// Enter with nothing changed: close, saying so.
        case unchanged
        /// Save this change.
        case save(UserUpdate)
        /// Not saved: the focus moved to the field at fault, and this says why.
        case refused(String)
    }

    public internal(set) var name: LineEditor
    public internal(set) var email: LineEditor
    public internal(set) var focus: Field = .name
    /// The update in flight, while the form waits for its answer.
    public internal(set) var saving: RequestID?
    /// Why the last save failed; the input stays.
    public internal(set) var error: String?
    let original: User

    init(editing user: User) {
        name = LineEditor(user.name)
        email = LineEditor(user.email)
        original = user
    }

    /// The change to send: only the fields that differ from the profile.
    public var update: UserUpdate {
        UserUpdate(
            email: email.text == original.email ? nil : email.text, name: name.text == original.name ? nil : name.text)
    }

    /// Why a field's value would be refused, shown beside it.
    public func problem(_ field: Field) -> String? {
        switch field {
        case .name: Validation.nameProblem(name.text)
        case .email: Validation.emailProblem(email.text)
        }
    }

    /// Applies a command: Tab and Up/Down switch fields, the line editing commands edit the focused field,
    /// Enter saves, and anything else closes the form.
    mutating func handle(_ command: Command) -> Outcome {
        if LineEditor.commands.contains(command) {
            focusedLine.apply(command)
            return .stay
        }
        switch command {
        case .nextField, .previousField, .up, .down: focus = focus == .name ? .email : .name
        case .submit: return submit()
        default: return .close
        }
        return .stay
    }

    /// Inserts typed text at the cursor of the focused field.
    mutating func type(_ text: String) {
        focusedLine.insert(text)
    }

    /// What changed, if it is valid; otherwise the focus moves to the field at fault.
    private mutating func submit() -> Outcome {
        let update = update
        if update == UserUpdate() { return .unchanged }
        guard let reason = update.problem else { return .save(update) }
        focus = problem(.name) != nil ? .name : .email
        error = reason
        return .refused(reason)
    }

    /// The focused field; a change to its text clears the last error.
    private var focusedLine: LineEditor {
        get { focus == .name ? name : email }
        set {
            if newValue.text != focusedLine.text { error = nil }
            if focus == .name { name = newValue } else { email = newValue }
        }
    }
}
