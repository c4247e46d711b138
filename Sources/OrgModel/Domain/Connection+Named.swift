extension Connection {
    /// The connection `text` names: `google-oauth2`, or `username-password` (also spelled `password`); nil
    /// for anything else.
    public init?(named text: String) {
        self.init(rawValue: text == "password" ? Connection.usernamePassword.rawValue : text)
    }

    /// The sentence that refuses `text`, which names no connection.
    public static func unknown(_ text: String) -> String {
        "'\(text)' is not a connection; use google-oauth2 or password."
    }
}
