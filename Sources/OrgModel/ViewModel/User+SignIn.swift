extension User {
    /// How the user signs in, as an Auth0 user id tells it (`google-oauth2|…` or `auth0|…`); nil when the
    /// id does not say.
    var signInConnection: Connection? {
        if id.hasPrefix(Connection.googleOAuth2.rawValue + "|") { return .googleOAuth2 }
        if id.hasPrefix("auth0|") { return .usernamePassword }
        return nil
    }

    /// How the user signs in, for a details screen: `Google (google-oauth2), read from the id`,
    /// `Password (username-password), read from the id`, or that the id does not say. Every backend's users are
    /// read this way, since the API's user carries no connection.
    public var signInLabel: String {
        switch signInConnection {
        case .googleOAuth2: "Google (google-oauth2), read from the id"
        case .usernamePassword: "Password (username-password), read from the id"
        case nil: "not known: the id does not say"
        }
    }
}
