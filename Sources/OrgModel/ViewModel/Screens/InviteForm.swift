/// The invite form: email, name, roles and connection, validated as they are filled in.
public struct InviteForm: Hashable, Sendable {
    /// The fields, in Tab order.
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case email, name, roles, connection

        /// Whether typed text goes into this field.
        public var takesText: Bool { self == .email || self == .name }
    }

    /// What the form asks of the app after a command.
    enum Outcome: Hashable, Sendable {
        /// Stay open: a field or a choice changed.
        case stay
        /// Close, keeping what was filled in for next time.
        case close
        /// Send this invitation.
        case send(Invitation)
        /// Not sent: the focus moved to the first problem, which this names.
        case refused(String)
    }

    public internal(set) var email: LineEditor = ""
    public internal(set) var name: LineEditor = ""
    public internal(set) var roles: Set<Role> = [.developer]
    public internal(set) var connection: Connection = .googleOAuth2
    public internal(set) var focus: Field = .email
    /// The invitation in flight, while the form waits for its answer.
    public internal(set) var sending: RequestID?
    /// Why the last submission failed; the input stays.
    public internal(set) var error: String?

    /// The invitation as filled in so far.
    public var invitation: Invitation {
        Invitation(email: email.text, name: name.text, roles: roles, connection: connection)
    }

    /// Why a field's value would be refused, shown beside it (nil for an empty text field not yet typed in).
    public func problem(_ field: Field) -> String? {
        switch field {
        case .email: email.text.isEmpty ? nil : Validation.emailProblem(email.text)
        case .name: name.text.isEmpty ? nil : Validation.nameProblem(name.text)
        case .roles: Validation.rolesProblem(roles)
        case .connection: nil
        }
    }

    /// The first field whose value would be refused, for the cursor after a refused submit.
    private var firstInvalidField: Field? {
        if Validation.emailProblem(email.text) != nil { return .email }
        if Validation.nameProblem(name.text) != nil { return .name }
        return Validation.rolesProblem(roles) != nil ? .roles : nil
    }

    /// Applies a command: Tab and Up/Down move between fields, the line editing commands edit a text field,
    /// 1-3 flip roles, Space switches the connection, Enter submits, and anything else closes the form.
    mutating func handle(_ command: Command) -> Outcome {
        if let role = command.toggledRole {
            roles.formSymmetricDifference([role])
            return .stay
        }
        if LineEditor.commands.contains(command) {
            focusedLine?.apply(command)
            return .stay
        }
        let fields = Field.allCases.count
        switch command {
        case .nextField, .down: focus = Field(rawValue: (focus.rawValue + 1) % fields)!
        case .previousField, .up: focus = Field(rawValue: (focus.rawValue + fields - 1) % fields)!
        case .toggleChoice: connection = connection == .googleOAuth2 ? .usernamePassword : .googleOAuth2
        case .submit: return submit()
        default: return .close
        }
        return .stay
    }

    /// Inserts typed text at the cursor of the focused field, if it takes text.
    mutating func type(_ text: String) {
        focusedLine?.insert(text)
    }

    /// The invitation when every field is valid; otherwise the focus moves to the first problem.
    private mutating func submit() -> Outcome {
        guard let field = firstInvalidField else { return .send(invitation) }
        focus = field
        error = invitation.problem
        return .refused(error ?? "")
    }

    /// The focused field, if it takes text; a change to its text clears the last error.
    private var focusedLine: LineEditor? {
        get {
            switch focus {
            case .email: email
            case .name: name
            case .roles, .connection: nil
            }
        }
        set {
            guard let newValue else { return }
            if newValue.text != focusedLine?.text { error = nil }
            switch focus {
            case .email: email = newValue
            case .name: name = newValue
            case .roles, .connection: break
            }
        }
    }
}
