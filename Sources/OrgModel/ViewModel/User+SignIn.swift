extension User {
    /// How the user signs in, as an Auth0 user id tells it (`google-oauth2|…` or `auth0|…`); nil when the
    /// id does not say.
    var signInConnection: Connection? {
        if id.hasPrefix(Connection.googleOAuth2.rawValue + "|") { return .googleOAuth2 }
        if id.hasPrefix("auth0|") { return .usernamePassword }
        return nil
    }
}
