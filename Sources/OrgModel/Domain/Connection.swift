/// How a user signs in to the platform (an Auth0 connection).
public enum Connection: String, CaseIterable, Codable, Hashable, Sendable {
    /// Sign-in through Google; profile and password changes happen at Google.
    case googleOAuth2 = "google-oauth2"
    /// The platform's own username-password connection, written as `null` on the wire.
    case usernamePassword = "username-password"

    /// What someone invited with this connection has to do to join.
    public var inviteeInstructions: String {
        switch self {
        case .googleOAuth2: "They sign in with their Google account; no password to create."
        case .usernamePassword: "They get an email to create a username and password."
        }
    }
}
