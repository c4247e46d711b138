import OrgModel

/// A command that failed for a reason the user can act on: ArgumentParser prints the message on
/// stderr, without a stack trace, and exits with a non-zero status.
struct CLIFailure: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) {
        description = message
    }

    init(_ error: BackendError) {
        description = error.message
    }

    /// Runs `body`, turning a `BackendError` into a `CLIFailure`.
    static func reporting<T>(_ body: () throws(BackendError) -> T) throws -> T {
        do throws(BackendError) {
            return try body()
        } catch {
            throw CLIFailure(error)
        }
    }
}
