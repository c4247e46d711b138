import ArgumentParser
import Foundation

extension ParsableCommand {
    /// Ends the process for `error` as ArgumentParser's `exit(withError:)` does, except that a failure's
    /// message goes through `Console`: an error that quotes a store or a server (a crafted store's
    /// identifiers, SQLite's object names, a stored email) never reaches the terminal raw. Help, version
    /// and completion scripts (exit status 0) are this program's own text and print exactly. A `CLIFailure`
    /// exits with its own `status`.
    public static func exit(cleaning error: any Error) -> Never {
        let code = (error as? CLIFailure).map { ExitCode($0.status.rawValue) } ?? exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            if code == .success { print(message) } else { Console.error(message) }
        }
        Foundation.exit(code.rawValue)
    }
}
