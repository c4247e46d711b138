import ArgumentParser
import OrgModel

extension Connection {
    /// The connection named on the command line: `google-oauth2`, or `password` (also spelled
    /// `username-password`).
    public static func argument(_ text: String) throws -> Connection {
        guard let connection = text == "password" ? .usernamePassword : Connection(rawValue: text) else {
            throw ValidationError("'\(text)' is not a connection; use google-oauth2 or password.")
        }
        return connection
    }
}
