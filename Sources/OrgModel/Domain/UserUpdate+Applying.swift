extension UserUpdate {
    /// Refuses the update as contract.md says, before anything is looked up: an invalid field (422), or
    /// a signed-in user whose profile comes from the identity provider, who changes it there (409).
    public func check(signingInWith connection: Connection) throws(BackendError) {
        if let problem { throw .invalid(problem) }
        if connection == .googleOAuth2 { throw Self.providerProfile }
    }

    /// The refusal (409) of an update by a member whose profile Google keeps.
    public static let providerProfile = BackendError.conflict(
        "Your profile comes from Google: change your name or email in your Google account.")

    /// `user` with the given fields changed; a backend then refuses, with `emailTaken`, an email that another
    /// member already has.
    public func applied(to user: User) -> User {
        var changed = user
        if let email { changed.email = email }
        if let name { changed.name = name }
        return changed
    }

    /// The refusal (409) of an email that belongs to another member.
    public static func emailTaken(_ email: String) -> BackendError {
        .conflict("\(email) already belongs to another member.")
    }
}
