import Foundation

/// The secret that signs requests to the API: a personal access token or a short-lived JWT.
///
/// Its `description` never shows the secret, so printing or logging a credential is safe.
public enum Credential: Hashable, Sendable, CustomStringConvertible {
    /// A personal access token, `EMAIL:mpat_SECRET`, sent as the raw Authorization value.
    case personalAccessToken(String)
    /// A JWT from the platform's web UI, sent as `Bearer JWT`.
    case bearer(String)

    /// Reads a token as a person pastes it: `EMAIL:mpat_...` is a PAT, anything else a JWT (a leading
    /// `Bearer ` is accepted). Returns nil for an empty string, and for one that no token is (see `read`).
    public init?(token: String) {
        guard let credential = try? Self.read(token, from: "The token") else { return nil }
        self = credential
    }

    /// The token in `text`, read as `init(token:)` reads it; nil when `text` is empty or blank. A token is
    /// printable ASCII without spaces, so that it can add no line to the credentials file nor a header to a
    /// request: anything else is refused with a sentence that names `source`, never the token.
    public static func read(_ text: String, from source: String) throws(CredentialError) -> Credential? {
        var token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if token.lowercased().hasPrefix("bearer ") {
            token = String(token.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        }
        guard !token.isEmpty else { return nil }
        guard isToken(token) else {
            throw CredentialError(
                """
                \(source) holds a character that no token has (a space, a control character or one outside \
                ASCII): it was not used. Give the token alone, EMAIL:mpat_... or a JWT.
                """)
        }
        return token.contains(":mpat_") ? .personalAccessToken(token) : .bearer(token)
    }

    /// Whether `text` can be a token: printable ASCII without spaces, and not empty.
    static func isToken(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x21...0x7E).contains($0) }
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
