import ArgumentParser
import OrgModel

extension Connection {
    /// The connection named on the command line: `google-oauth2`, or `password` (also spelled
    /// `username-password`).
    public static func argument(_ text: String) throws -> Connection {
        guard let connection = Connection(named: text) else { throw ValidationError(Connection.unknown(text)) }
        return connection
    }
}
