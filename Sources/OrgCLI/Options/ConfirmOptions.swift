import ArgumentParser
import Foundation
import OrgText
import OrgModel

/// `--yes`, and otherwise a question on the terminal before each change that cannot be undone: it names the
/// user, and only `y` or `yes` goes ahead.
struct ConfirmOptions: ParsableArguments {
    @Flag(help: "Go ahead without asking (required when standard input is not a terminal).")
    var yes = false

    /// Refuses, with the usage status, a change that needs an answer nobody can give: no `--yes` (nor a dry
    /// run) while standard input is not a terminal.
    func requireAnswer(_ action: String, dryRun: Bool) throws {
        guard !yes, !dryRun, isatty(STDIN_FILENO) != 1 else { return }
        throw CLIFailure(
            "Nothing was changed: standard input is not a terminal, so nobody can confirm. "
                + "Add --yes to \(action) without being asked.",
            status: .usage)
    }

    /// Whether to go ahead: with `--yes` at once, else after the question on standard error (default No).
    func confirmed(_ confirmation: Confirmation) -> Bool {
        confirmed(question: confirmation.question, detail: confirmation.detail)
    }

    /// Whether to go ahead: with `--yes` at once, else after `question` (and `detail` before it) on standard
    /// error (default No).
    func confirmed(question: String, detail: String?) -> Bool {
        if yes { return true }
        let detail = detail.map { Sanitizer.clean($0) + "\n" } ?? ""
        FileHandle.standardError.write(Data((detail + Sanitizer.clean(question) + " [y/N] ").utf8))
        return Self.isYes(readLine())
    }

    /// Whether `answer` says yes: `y` or `yes` in any case, with spaces around; anything else, or none, is No.
    static func isYes(_ answer: String?) -> Bool {
        ["y", "yes"].contains(answer?.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
