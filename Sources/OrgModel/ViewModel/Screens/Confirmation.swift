/// A yes/no question that names what will happen. The answer starts at No; `y` confirms at once.
public struct Confirmation: Hashable, Sendable {
    /// What the dialog asks of the app after a command.
    enum Outcome: Hashable, Sendable {
        /// Stay open: the highlighted answer moved.
        case stay
        /// Yes: do the action.
        case confirm
        /// No: close, changing nothing.
        case cancel
    }

    /// What the dialog does when the answer is yes.
    enum Action: Hashable, Sendable {
        case delete(User)
        case resetPassword(User)
        /// Delete each of these users, or send each a password reset (the marked users).
        case deleteAll([User])
        case resetPasswords([User])
        /// Save the role editor below the dialog (your own admin role, or a bulk change).
        case saveRoles(RoleEditor)
    }

    var action: Action
    /// The question, naming the user or the count, such as "Delete Ann Lee <ann@acme.test>?".
    public internal(set) var question: String
    /// More to know before answering, or nil.
    public internal(set) var detail: String?
    /// The highlighted answer: false (No) until the admin moves to Yes.
    public internal(set) var yesSelected = false

    init(_ action: Action, question: String, detail: String? = nil) {
        self.action = action
        self.question = question
        self.detail = detail
    }

    /// Applies a command: `y` confirms, Enter gives the highlighted answer (No at first), Tab switches it,
    /// and anything else (`n`, Esc) cancels.
    mutating func handle(_ command: Command) -> Outcome {
        switch command {
        case .confirm:
            return .confirm
        case .submit:
            return yesSelected ? .confirm : .cancel
        case .nextField, .previousField:
            yesSelected.toggle()
            return .stay
        default:
            return .cancel
        }
    }
}
