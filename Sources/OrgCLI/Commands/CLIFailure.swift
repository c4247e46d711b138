import OrgModel

/// A command that failed for a reason the user can act on: ArgumentParser prints the message on
/// stderr, without a stack trace, and exits with a non-zero status.
public struct CLIFailure: Error, CustomStringConvertible {
    /// The message, printed as it is.
    public let description: String

    /// A failure that says `message`.
    public init(_ message: String) {
        description = message
    }

    /// A failure that says what `error` means.
    public init(_ error: BackendError) {
        description = error.message
    }

    /// Runs `body`, turning a `BackendError` into a `CLIFailure`.
    public static func reporting<T>(_ body: () throws(BackendError) -> T) throws -> T {
        do throws(BackendError) {
            return try body()
        } catch {
            throw CLIFailure(error)
        }
    }
}
