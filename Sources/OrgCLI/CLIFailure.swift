import OrgModel

/// A command that failed for a reason the user can act on: ArgumentParser prints the message on
/// stderr, without a stack trace, and exits with a non-zero status.
public struct CLIFailure: Error, CustomStringConvertible {
    public let description: String

    public init(_ message: String) {
        description = message
    }

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
