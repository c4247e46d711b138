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

    public internal(set) var name: String
    public internal(set) var email: String
    public internal(set) var focus: Field = .name
    /// The update in flight, while the form waits for its answer.
    public internal(set) var saving: RequestID?
    /// Why the last save failed; the input stays.
    public internal(set) var error: String?
    let original: User

    init(editing user: User) {
        name = user.name
        email = user.email
        original = user
    }

    /// The change to send: only the fields that differ from the profile.
    public var update: UserUpdate {
        UserUpdate(email: email == original.email ? nil : email, name: name == original.name ? nil : name)
    }

    /// Why a field's value would be refused, shown beside it.
    public func problem(_ field: Field) -> String? {
        switch field {
        case .name: Validation.nameProblem(name)
        case .email: Validation.emailProblem(email)
        }
    }

    /// Applies a command: Tab and Up/Down switch fields, Backspace erases, Enter saves, and anything else
    /// closes the form.
    mutating func handle(_ command: Command) -> Outcome {
        switch command {
        case .nextField, .previousField, .up, .down: focus = focus == .name ? .email : .name
        case .backspace: focusedText = String(focusedText.dropLast())
        case .submit: return submit()
        default: return .close
        }
        return .stay
    }

    /// Adds typed text to the focused field.
    mutating func type(_ text: String) {
        focusedText += text
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

    private var focusedText: String {
        get { focus == .name ? name : email }
        set {
            error = nil
            if focus == .name { name = newValue } else { email = newValue }
        }
    }
}
