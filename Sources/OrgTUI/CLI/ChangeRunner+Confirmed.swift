import OrgModel

extension ChangeRunner {
    /// For each id: reads the user, asks `question` naming them (unless this is a dry run or `--yes` was
    /// given), then sends the request `request` makes for the id. A user not confirmed is left as they are.
    func runConfirmed(
        ids: [String], confirm: ConfirmOptions, question: (User) -> Confirmation, summary: String, outcome: String,
        request: (String) -> ChangeRequest
    ) throws {
        try run(ids: ids) { id throws(BackendError) in
            let user = try user(id).user
            guard dryRun || confirm.confirmed(question(user)) else {
                return UserChange(nothingFor: user, because: "not confirmed")
            }
            return UserChange(user, summary, request: request(id), outcome: outcome)
        }
    }
}
