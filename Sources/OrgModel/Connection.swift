/// How a user signs in to the platform (an Auth0 connection).
public enum Connection: String, CaseIterable, Codable, Hashable, Sendable {
    /// Sign-in through Google; profile and password changes happen at Google.
    case googleOAuth2 = "google-oauth2"
    /// The platform's own username-password connection, written as `null` on the wire.
    case usernamePassword = "username-password"

    /// The connection's value in the API: `"google-oauth2"` or `nil` for username-password.
    public var apiValue: String? { self == .googleOAuth2 ? rawValue : nil }

    /// The connection for an API value; `nil` means username-password.
    public init(apiValue: String?) {
        self = apiValue == Connection.googleOAuth2.rawValue ? .googleOAuth2 : .usernamePassword
    }

    /// What someone invited with this connection has to do to join.
    public var inviteeInstructions: String {
        switch self {
        case .googleOAuth2: "They sign in with their Google account; no password to create."
        case .usernamePassword: "They get an email to create a username and password."
        }
    }
}
