/// The invite form: email, name, roles and connection, validated as they are filled in.
public struct InviteForm: Hashable, Sendable {
    public internal(set) var email = ""
    public internal(set) var name = ""
    public internal(set) var roles: Set<Role> = [.developer]
    public internal(set) var connection: Connection = .googleOAuth2
    public internal(set) var focus: InviteField = .email
    /// The invitation in flight, while the form waits for its answer.
    public internal(set) var sending: RequestID?
    /// Why the last submission failed; the input stays.
    public internal(set) var error: String?

    /// The invitation as filled in so far.
    public var invitation: Invitation {
        Invitation(email: email, name: name, roles: roles, connection: connection)
    }

    /// Why a field's value would be refused, shown beside it (nil for an empty text field not yet typed in).
    public func problem(_ field: InviteField) -> String? {
        switch field {
        case .email: email.isEmpty ? nil : Validation.emailProblem(email)
        case .name: name.isEmpty ? nil : Validation.nameProblem(name)
        case .roles: Validation.rolesProblem(roles)
        case .connection: nil
        }
    }

    /// The first field whose value would be refused, for the cursor after a refused submit.
    var firstInvalidField: InviteField? {
        if Validation.emailProblem(email) != nil { return .email }
        if Validation.nameProblem(name) != nil { return .name }
        return Validation.rolesProblem(roles) != nil ? .roles : nil
    }

    /// The text of the focused field, if it takes text.
    var focusedText: String? {
        get {
            switch focus {
            case .email: email
            case .name: name
            case .roles, .connection: nil
            }
        }
        set {
            guard let newValue else { return }
            error = nil
            switch focus {
            case .email: email = newValue
            case .name: name = newValue
            case .roles, .connection: break
            }
        }
    }
}
