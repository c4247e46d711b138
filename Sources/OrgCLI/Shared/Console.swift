import Foundation
import OrgText

/// Where every line a command prints goes through, on standard output or standard error: each line is
/// cleaned by the `Sanitizer`, so text from a store or a server (a name, an email, SQLite's message, a
/// crafted store's identifiers) never reaches the terminal as control characters.
public enum Console {
    /// Prints `text` on standard output, each line cleaned.
    public static func out(_ text: String) {
        print(clean(text))
    }

    /// Prints `text` on standard error, each line cleaned.
    public static func error(_ text: String) {
        FileHandle.standardError.write(Data((clean(text) + "\n").utf8))
    }

    /// `text` with each of its lines cleaned; the line breaks stay.
    static func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Sanitizer.clean(String($0)) }
            .joined(separator: "\n")
    }
}
