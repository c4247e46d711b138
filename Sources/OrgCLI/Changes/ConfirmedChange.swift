import ArgumentParser
import OrgModel

/// What `users delete` and `users reset-password` share: the ids, where and how to print, `--dry-run` and
/// `--yes`, and the run that reads each user, asks about them by name, then sends the change.
struct ConfirmedChange: ParsableArguments {
    @OptionGroup var backend: BackendOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var changes: ChangeOptions
    @OptionGroup var confirm: ConfirmOptions

    @Argument(help: ArgumentHelp("The users' ids or email addresses.", valueName: "id|email"))
    var ids: [String]

    /// For each id: reads the user, asks `question` (unless this is a dry run or `--yes` was given), then sends
    /// the request `request` makes for the id. A user not confirmed is left as they are. `action` names the
    /// change in the refusal when nobody can answer.
    func run(
        _ action: String, question: (User) -> Confirmation, summary: String, outcome: String,
        request: (String) -> ChangeRequest
    ) throws {
        try confirm.requireAnswer(action, dryRun: changes.dryRun)
        let runner = try ChangeRunner(backend, output: output, changes: changes)
        try runner.run(ids: ids) { id throws(BackendError) in
            let user = try runner.user(id).user
            guard changes.dryRun || confirm.confirmed(question(user)) else {
                return UserChange(nothingFor: user, because: "not confirmed")
            }
            return UserChange(user, summary, request: request(id), outcome: outcome)
        }
    }
}
