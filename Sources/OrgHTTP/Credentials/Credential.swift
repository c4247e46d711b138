import Foundation

/// The secret that signs requests to the API: a personal access token or a short-lived JWT.
///
/// Its `description` never shows the secret, so printing or logging a credential is safe.
public enum Credential: Hashable, Sendable, CustomStringConvertible {
    /// A personal access token, `EMAIL:mpat_SECRET`, sent as the raw Authorization value.
    case personalAccessToken(String)
    /// A JWT from the platform's web UI, sent as `Bearer JWT`.
    case bearer(String)

    /// Reads a token as a person pastes it: `EMAIL:mpat_...` is a PAT, anything else a JWT
    /// (a leading `Bearer ` is accepted). Returns nil for an empty string.
    public init?(token: String) {
        var text = token.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.lowercased().hasPrefix("bearer ") {
            text = String(text.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        }
        guard !text.isEmpty else { return nil }
        self = text.contains(":mpat_") ? .personalAccessToken(text) : .bearer(text)
    }

    /// The token as a person pastes it (without `Bearer `), as the credentials file keeps it.
    var token: String {
        switch self {
        case .personalAccessToken(let token): token
        case .bearer(let jwt): jwt
        }
    }

    /// The value of the Authorization header.
    var authorizationValue: String {
        switch self {
        case .personalAccessToken(let token): token
        case .bearer(let jwt): "Bearer \(jwt)"
        }
    }

    public var description: String { "<redacted>" }
}
