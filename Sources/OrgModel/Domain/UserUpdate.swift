/// A change to your own profile; an omitted field stays unchanged.
public struct UserUpdate: Codable, Hashable, Sendable {
    public var email: String?
    public var name: String?

    public init(email: String? = nil, name: String? = nil) {
        self.email = email
        self.name = name
    }

    /// Why the server would refuse this update (422), or nil when it is valid.
    public var problem: String? {
        if let name, let reason = Validation.nameProblem(name) { return reason }
        if let email, let reason = Validation.emailProblem(email) { return reason }
        return nil
    }
}
