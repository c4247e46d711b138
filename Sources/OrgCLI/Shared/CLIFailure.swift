import OrgModel

/// A command that failed for a reason the user can act on: ArgumentParser prints the message on
/// stderr, without a stack trace, and exits with `status`.
public struct CLIFailure: Error, CustomStringConvertible {
    /// The message, printed as it is.
    public let description: String
    /// The process's exit status.
    public let status: ExitStatus

    /// A failure that says `message`.
    public init(_ message: String, status: ExitStatus = .failure) {
        description = message
        self.status = status
    }

    /// A failure that says what `error` means, with the status for its kind.
    public init(_ error: BackendError) {
        description = error.message
        status = ExitStatus(error)
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
