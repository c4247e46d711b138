/// The signed-in user's name and email being edited; only what changed is sent.
public struct ProfileForm: Hashable, Sendable {
    public internal(set) var name: String
    public internal(set) var email: String
    public internal(set) var focus: ProfileField = .name
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
    public func problem(_ field: ProfileField) -> String? {
        switch field {
        case .name: Validation.nameProblem(name)
        case .email: Validation.emailProblem(email)
        }
    }

    var focusedText: String {
        get { focus == .name ? name : email }
        set {
            error = nil
            if focus == .name { name = newValue } else { email = newValue }
        }
    }
}
