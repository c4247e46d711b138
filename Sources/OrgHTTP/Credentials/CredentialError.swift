/// Why a credentials file was not used; `message` says what to do about it.
public struct CredentialError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A sentence that names the file and the fix.
    public let message: String

    init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
